export const id=786;export const ids=[786];export const modules={68787:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2021 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(13742);module.exports=main}),13742:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2021 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function filled(value,len){var arr;var i;arr=[];for(i=0;i<len;i++){arr.push(value)}return arr}module.exports=filled}),21830:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2021 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(1401);module.exports=main}),1401:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2021 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var filled=__webpack_require__(68787);function zeros(len){return filled(0,len)}module.exports=zeros}),69979:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var hasFloat64ArraySupport=__webpack_require__(39714);var builtin=__webpack_require__(15878);var polyfill=__webpack_require__(98520);var ctor;if(hasFloat64ArraySupport()){ctor=builtin}else{ctor=polyfill}module.exports=ctor}),15878:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var ctor=typeof Float64Array==="function"?Float64Array:void 0;module.exports=ctor}),98520:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function polyfill(){throw new Error("not implemented")}module.exports=polyfill}),14826:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var hasUint16ArraySupport=__webpack_require__(55613);var builtin=__webpack_require__(43405);var polyfill=__webpack_require__(40523);var ctor;if(hasUint16ArraySupport()){ctor=builtin}else{ctor=polyfill}module.exports=ctor}),43405:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var ctor=typeof Uint16Array==="function"?Uint16Array:void 0;module.exports=ctor}),40523:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function polyfill(){throw new Error("not implemented")}module.exports=polyfill}),47096:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var hasUint32ArraySupport=__webpack_require__(44171);var builtin=__webpack_require__(62399);var polyfill=__webpack_require__(83689);var ctor;if(hasUint32ArraySupport()){ctor=builtin}else{ctor=polyfill}module.exports=ctor}),62399:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var ctor=typeof Uint32Array==="function"?Uint32Array:void 0;module.exports=ctor}),83689:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function polyfill(){throw new Error("not implemented")}module.exports=polyfill}),65183:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var hasUint8ArraySupport=__webpack_require__(4246);var builtin=__webpack_require__(78570);var polyfill=__webpack_require__(97540);var ctor;if(hasUint8ArraySupport()){ctor=builtin}else{ctor=polyfill}module.exports=ctor}),78570:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var ctor=typeof Uint8Array==="function"?Uint8Array:void 0;module.exports=ctor}),97540:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function polyfill(){throw new Error("not implemented")}module.exports=polyfill}),5265:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=typeof Float64Array==="function"?Float64Array:null;module.exports=main}),39714:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var hasFloat64ArraySupport=__webpack_require__(16405);module.exports=hasFloat64ArraySupport}),16405:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var isFloat64Array=__webpack_require__(25672);var GlobalFloat64Array=__webpack_require__(5265);function hasFloat64ArraySupport(){var bool;var arr;if(typeof GlobalFloat64Array!=="function"){return false}try{arr=new GlobalFloat64Array([1,3.14,-3.14,NaN]);bool=isFloat64Array(arr)&&arr[0]===1&&arr[1]===3.14&&arr[2]===-3.14&&arr[3]!==arr[3]}catch(err){bool=false}return bool}module.exports=hasFloat64ArraySupport}),67640:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(43103);module.exports=main}),43103:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var evil=__webpack_require__(13595);function hasGeneratorSupport(){var bool;try{evil('"use strict"; (function* () {})');bool=true}catch(err){bool=false}return bool}module.exports=hasGeneratorSupport}),31907:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(54270);module.exports=main}),54270:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var has=Object.prototype.hasOwnProperty;function hasOwnProp(value,property){if(value===void 0||value===null){return false}return has.call(value,property)}module.exports=hasOwnProp}),75547:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(166);module.exports=main}),166:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function hasSymbolSupport(){return typeof Symbol==="function"&&typeof Symbol("foo")==="symbol"}module.exports=hasSymbolSupport}),9501:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(36284);module.exports=main}),36284:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var hasSymbols=__webpack_require__(75547);var FLG=hasSymbols();function hasToStringTagSupport(){return FLG&&typeof Symbol.toStringTag==="symbol"}module.exports=hasToStringTagSupport}),55613:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var hasUint16ArraySupport=__webpack_require__(62364);module.exports=hasUint16ArraySupport}),62364:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var isUint16Array=__webpack_require__(63599);var UINT16_MAX=__webpack_require__(26653);var GlobalUint16Array=__webpack_require__(5929);function hasUint16ArraySupport(){var bool;var arr;if(typeof GlobalUint16Array!=="function"){return false}try{arr=[1,3.14,-3.14,UINT16_MAX+1,UINT16_MAX+2];arr=new GlobalUint16Array(arr);bool=isUint16Array(arr)&&arr[0]===1&&arr[1]===3&&arr[2]===UINT16_MAX-2&&arr[3]===0&&arr[4]===1}catch(err){bool=false}return bool}module.exports=hasUint16ArraySupport}),5929:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=typeof Uint16Array==="function"?Uint16Array:null;module.exports=main}),44171:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var hasUint32ArraySupport=__webpack_require__(8950);module.exports=hasUint32ArraySupport}),8950:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var isUint32Array=__webpack_require__(13209);var UINT32_MAX=__webpack_require__(98035);var GlobalUint32Array=__webpack_require__(22709);function hasUint32ArraySupport(){var bool;var arr;if(typeof GlobalUint32Array!=="function"){return false}try{arr=[1,3.14,-3.14,UINT32_MAX+1,UINT32_MAX+2];arr=new GlobalUint32Array(arr);bool=isUint32Array(arr)&&arr[0]===1&&arr[1]===3&&arr[2]===UINT32_MAX-2&&arr[3]===0&&arr[4]===1}catch(err){bool=false}return bool}module.exports=hasUint32ArraySupport}),22709:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=typeof Uint32Array==="function"?Uint32Array:null;module.exports=main}),4246:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var hasUint8ArraySupport=__webpack_require__(90249);module.exports=hasUint8ArraySupport}),90249:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var isUint8Array=__webpack_require__(10228);var UINT8_MAX=__webpack_require__(92732);var GlobalUint8Array=__webpack_require__(85545);function hasUint8ArraySupport(){var bool;var arr;if(typeof GlobalUint8Array!=="function"){return false}try{arr=[1,3.14,-3.14,UINT8_MAX+1,UINT8_MAX+2];arr=new GlobalUint8Array(arr);bool=isUint8Array(arr)&&arr[0]===1&&arr[1]===3&&arr[2]===UINT8_MAX-2&&arr[3]===0&&arr[4]===1}catch(err){bool=false}return bool}module.exports=hasUint8ArraySupport}),85545:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=typeof Uint8Array==="function"?Uint8Array:null;module.exports=main}),25672:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var isFloat64Array=__webpack_require__(87439);module.exports=isFloat64Array}),87439:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var nativeClass=__webpack_require__(547);var hasFloat64Array=typeof Float64Array==="function";function isFloat64Array(value){return hasFloat64Array&&value instanceof Float64Array||nativeClass(value)==="[object Float64Array]"}module.exports=isFloat64Array}),57604:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var Uint8Array1=__webpack_require__(65183);var Uint16Array1=__webpack_require__(14826);var ctors={"uint16":Uint16Array1,"uint8":Uint8Array1};module.exports=ctors}),40347:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var IS_LITTLE_ENDIAN=__webpack_require__(77158);module.exports=IS_LITTLE_ENDIAN}),77158:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var ctors=__webpack_require__(57604);var bool;function isLittleEndian(){var uint16view;var uint8view;uint16view=new ctors["uint16"](1);uint16view[0]=4660;uint8view=new ctors["uint8"](uint16view.buffer);return uint8view[0]===52}bool=isLittleEndian();module.exports=bool}),63599:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var isUint16Array=__webpack_require__(82394);module.exports=isUint16Array}),82394:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var nativeClass=__webpack_require__(547);var hasUint16Array=typeof Uint16Array==="function";function isUint16Array(value){return hasUint16Array&&value instanceof Uint16Array||nativeClass(value)==="[object Uint16Array]"}module.exports=isUint16Array}),13209:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var isUint32Array=__webpack_require__(98168);module.exports=isUint32Array}),98168:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var nativeClass=__webpack_require__(547);var hasUint32Array=typeof Uint32Array==="function";function isUint32Array(value){return hasUint32Array&&value instanceof Uint32Array||nativeClass(value)==="[object Uint32Array]"}module.exports=isUint32Array}),10228:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var isUint8Array=__webpack_require__(37755);module.exports=isUint8Array}),37755:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var nativeClass=__webpack_require__(547);var hasUint8Array=typeof Uint8Array==="function";function isUint8Array(value){return hasUint8Array&&value instanceof Uint8Array||nativeClass(value)==="[object Uint8Array]"}module.exports=isUint8Array}),28858:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var FLOAT32_SMALLEST_NORMAL=11754943508222875e-54;module.exports=FLOAT32_SMALLEST_NORMAL}),20045:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var E=2.718281828459045;module.exports=E}),55088:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var FLOAT64_EPSILON=2220446049250313e-31;module.exports=FLOAT64_EPSILON}),82404:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var EULERGAMMA=.5772156649015329;module.exports=EULERGAMMA}),11877:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var FLOAT64_EXPONENT_BIAS=1023|0;module.exports=FLOAT64_EXPONENT_BIAS}),13822:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var FLOAT64_GAMMA_LANCZOS_G=10.900511;module.exports=FLOAT64_GAMMA_LANCZOS_G}),29475:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var HALF_LN2=.34657359027997264;module.exports=HALF_LN2}),43935:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var FLOAT64_HIGH_WORD_ABS_MASK=0x7fffffff>>>0;module.exports=FLOAT64_HIGH_WORD_ABS_MASK}),30222:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var FLOAT64_HIGH_WORD_EXPONENT_MASK=0x7ff00000;module.exports=FLOAT64_HIGH_WORD_EXPONENT_MASK}),45976:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var FLOAT64_HIGH_WORD_SIGN_MASK=0x80000000>>>0;module.exports=FLOAT64_HIGH_WORD_SIGN_MASK}),28910:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var FLOAT64_HIGH_WORD_SIGNIFICAND_MASK=1048575;module.exports=FLOAT64_HIGH_WORD_SIGNIFICAND_MASK}),81239:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var LN2=.6931471805599453;module.exports=LN2}),92656:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var FLOAT64_MAX_BASE2_EXPONENT_SUBNORMAL=-1023|0;module.exports=FLOAT64_MAX_BASE2_EXPONENT_SUBNORMAL}),46276:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var FLOAT64_MAX_BASE2_EXPONENT=1023|0;module.exports=FLOAT64_MAX_BASE2_EXPONENT}),74193:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var FLOAT64_MAX_LN=709.782712893384;module.exports=FLOAT64_MAX_LN}),30313:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2025 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var FLOAT64_MAX_NTH_FACTORIAL=170|0;module.exports=FLOAT64_MAX_NTH_FACTORIAL}),83424:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var FLOAT64_MAX=17976931348623157e292;module.exports=FLOAT64_MAX}),34862:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var FLOAT64_MIN_BASE2_EXPONENT_SUBNORMAL=-1074|0;module.exports=FLOAT64_MIN_BASE2_EXPONENT_SUBNORMAL}),67999:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var FLOAT64_MIN_LN=-708.3964185322641;module.exports=FLOAT64_MIN_LN}),81475:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var Number1=__webpack_require__(84241);var FLOAT64_NINF=Number1.NEGATIVE_INFINITY;module.exports=FLOAT64_NINF}),31277:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var FLOAT64_NUM_HIGH_WORD_SIGNIFICAND_BITS=20|0;module.exports=FLOAT64_NUM_HIGH_WORD_SIGNIFICAND_BITS}),39701:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var PI=3.141592653589793;module.exports=PI}),50469:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var FLOAT64_PINF=Number.POSITIVE_INFINITY;module.exports=FLOAT64_PINF}),55417:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var FLOAT64_SMALLEST_NORMAL=22250738585072014e-324;module.exports=FLOAT64_SMALLEST_NORMAL}),58159:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var FLOAT64_SQRT_EPSILON=14901161193847656e-24;module.exports=FLOAT64_SQRT_EPSILON}),62385:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var SQRT_TWO_PI=2.5066282746310007;module.exports=SQRT_TWO_PI}),7120:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var TWO_PI=6.283185307179586;module.exports=TWO_PI}),26653:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var UINT16_MAX=65535|0;module.exports=UINT16_MAX}),98035:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var UINT32_MAX=0xffffffff;module.exports=UINT32_MAX}),92732:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var UINT8_MAX=255|0;module.exports=UINT8_MAX}),36990:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(74209);module.exports=main}),74209:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var Fcn=Function;module.exports=Fcn}),20530:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(18085);module.exports=main}),18085:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var isInteger=__webpack_require__(2804);function isEven(x){return isInteger(x/2)}module.exports=isEven}),57234:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(50661);module.exports=main}),50661:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var PINF=__webpack_require__(50469);var NINF=__webpack_require__(81475);function isInfinite(x){return x===PINF||x===NINF}module.exports=isInfinite}),2804:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(63835);module.exports=main}),63835:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var floor=__webpack_require__(42334);function isInteger(x){return floor(x)===x}module.exports=isInteger}),86523:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(49382);module.exports=main}),49382:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function isnan(x){return x!==x}module.exports=isnan}),23270:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(48121);module.exports=main}),48121:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var NINF=__webpack_require__(81475);function isNegativeZero(x){return x===0&&1/x===NINF}module.exports=isNegativeZero}),97687:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(9106);module.exports=main}),9106:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var isEven=__webpack_require__(20530);function isOdd(x){if(x>0){return isEven(x-1)}return isEven(x+1)}module.exports=isOdd}),30866:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(7685);module.exports=main}),7685:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var PINF=__webpack_require__(50469);function isPositiveZero(x){return x===0&&1/x===PINF}module.exports=isPositiveZero}),66260:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(76443);module.exports=main}),76443:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2021 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function abs(x){return Math.abs(x)}module.exports=abs}),3385:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(27640);module.exports=main}),27640:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var ceil=Math.ceil;module.exports=ceil}),35672:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(39775);module.exports=main}),39775:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var SIGN_MASK=__webpack_require__(45976);var ABS_MASK=__webpack_require__(43935);var toWords=__webpack_require__(87949);var getHighWord=__webpack_require__(2882);var fromWords=__webpack_require__(17844);var WORDS=[0,0];function copysign(x,y){var hx;var hy;toWords.assign(x,WORDS,1,0);hx=WORDS[0];hx&=ABS_MASK;hy=getHighWord(y);hy&=SIGN_MASK;hx|=hy;return fromWords(hx,WORDS[1])}module.exports=copysign}),99191:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(84274);module.exports=main}),84274:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright, license, and long comment were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_cos.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/var getHighWord=__webpack_require__(2882);var kernelCos=__webpack_require__(71567);var kernelSin=__webpack_require__(70186);var rempio2=__webpack_require__(93982);var ABS_MASK=__webpack_require__(43935);var EXPONENT_MASK=__webpack_require__(30222);var buffer=[0,0];var HIGH_WORD_PIO4=0x3fe921fb|0;var HIGH_WORD_TWO_NEG_27=0x3e400000|0;function cos(x){var ix;var n;ix=getHighWord(x);ix&=ABS_MASK;if(ix<=HIGH_WORD_PIO4){if(ix<HIGH_WORD_TWO_NEG_27){return 1}return kernelCos(x,0)}if(ix>=EXPONENT_MASK){return NaN}n=rempio2(x,buffer);switch(n&3){case 0:return kernelCos(buffer[0],buffer[1]);case 1:return-kernelSin(buffer[0],buffer[1]);case 2:return-kernelCos(buffer[0],buffer[1]);default:return kernelSin(buffer[0],buffer[1])}}module.exports=cos}),30988:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(84387);module.exports=main}),84387:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright, license, and long comment were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_erf.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/var isnan=__webpack_require__(86523);var exp=__webpack_require__(31851);var setLowWord=__webpack_require__(23786);var PINF=__webpack_require__(50469);var NINF=__webpack_require__(81475);var polyvalPP=__webpack_require__(48300);var polyvalQQ=__webpack_require__(98018);var polyvalPA=__webpack_require__(60675);var polyvalQA=__webpack_require__(25266);var polyvalRA=__webpack_require__(98925);var polyvalSA=__webpack_require__(61332);var polyvalRB=__webpack_require__(516);var polyvalSB=__webpack_require__(99101);var TINY=1e-300;var SMALL=13877787807814457e-33;var ERX=.8450629115104675;var PPC=.12837916709551256;var QQC=1;var PAC=-.0023621185607526594;var QAC=1;var RAC=-.009864944034847148;var SAC=1;var RBC=-.0098649429247001;var SBC=1;function erfc(x){var sign;var ax;var z;var r;var s;var y;var p;var q;if(isnan(x)){return NaN}if(x===PINF){return 0}if(x===NINF){return 2}if(x===0){return 1}if(x<0){sign=true;ax=-x}else{sign=false;ax=x}if(ax<.84375){if(ax<SMALL){return 1-x}z=x*x;r=PPC+z*polyvalPP(z);s=QQC+z*polyvalQQ(z);y=r/s;if(x<.25){return 1-(x+x*y)}r=x*y;r+=x-.5;return .5-r}if(ax<1.25){s=ax-1;p=PAC+s*polyvalPA(s);q=QAC+s*polyvalQA(s);if(sign){return 1+ERX+p/q}return 1-ERX-p/q}if(ax<28){s=1/(ax*ax);if(ax<2.857142857142857){r=RAC+s*polyvalRA(s);s=SAC+s*polyvalSA(s)}else{if(x<-6){return 2-TINY}r=RBC+s*polyvalRB(s);s=SBC+s*polyvalSB(s)}z=setLowWord(ax,0);r=exp(-(z*z)-.5625)*exp((z-ax)*(z+ax)+r/s);if(sign){return 2-r/ax}return r/ax}if(sign){return 2-TINY}return TINY*TINY}module.exports=erfc}),60675:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function evalpoly(x){if(x===0){return .41485611868374833}return .41485611868374833+x*(-.3722078760357013+x*(.31834661990116175+x*(-.11089469428239668+x*(.035478304325618236+x*-.002166375594868791))))}module.exports=evalpoly}),48300:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function evalpoly(x){if(x===0){return-.3250421072470015}return-.3250421072470015+x*(-.02848174957559851+x*(-.005770270296489442+x*-23763016656650163e-21))}module.exports=evalpoly}),25266:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function evalpoly(x){if(x===0){return .10642088040084423}return .10642088040084423+x*(.540397917702171+x*(.07182865441419627+x*(.12617121980876164+x*(.01363708391202905+x*.011984499846799107))))}module.exports=evalpoly}),98018:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function evalpoly(x){if(x===0){return .39791722395915535}return .39791722395915535+x*(.0650222499887673+x*(.005081306281875766+x*(13249473800432164e-20+x*-3960228278775368e-21)))}module.exports=evalpoly}),98925:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function evalpoly(x){if(x===0){return-.6938585727071818}return-.6938585727071818+x*(-10.558626225323291+x*(-62.375332450326006+x*(-162.39666946257347+x*(-184.60509290671104+x*(-81.2874355063066+x*-9.814329344169145)))))}module.exports=evalpoly}),516:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function evalpoly(x){if(x===0){return-.799283237680523}return-.799283237680523+x*(-17.757954917754752+x*(-160.63638485582192+x*(-637.5664433683896+x*(-1025.0951316110772+x*-483.5191916086514))))}module.exports=evalpoly}),61332:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function evalpoly(x){if(x===0){return 19.651271667439257}return 19.651271667439257+x*(137.65775414351904+x*(434.56587747522923+x*(645.3872717332679+x*(429.00814002756783+x*(108.63500554177944+x*(6.570249770319282+x*-.0604244152148581))))))}module.exports=evalpoly}),99101:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function evalpoly(x){if(x===0){return 30.33806074348246}return 30.33806074348246+x*(325.7925129965739+x*(1536.729586084437+x*(3199.8582195085955+x*(2553.0504064331644+x*(474.52854120695537+x*-22.44095244658582)))))}module.exports=evalpoly}),36567:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyrights, licenses, and long comment were part of the original implementation available as part of [Go]{@link https://github.com/golang/go/blob/cb07765045aed5104a3df31507564ac99e6ddce8/src/math/exp.go}, which in turn was based on an implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/e_exp.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (c) 2009 The Go Authors. All rights reserved.
*
* Redistribution and use in source and binary forms, with or without
* modification, are permitted provided that the following conditions are
* met:
*
*    * Redistributions of source code must retain the above copyright
* notice, this list of conditions and the following disclaimer.
*    * Redistributions in binary form must reproduce the above
* copyright notice, this list of conditions and the following disclaimer
* in the documentation and/or other materials provided with the
* distribution.
*    * Neither the name of Google Inc. nor the names of its
* contributors may be used to endorse or promote products derived from
* this software without specific prior written permission.
*
* THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS
* "AS IS" AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT
* LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR
* A PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT
* OWNER OR CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL,
* SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT
* LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE,
* DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON ANY
* THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT
* (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
* OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
* ```
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/var ldexp=__webpack_require__(83291);var polyvalP=__webpack_require__(71589);function expmulti(hi,lo,k){var r;var t;var c;var y;r=hi-lo;t=r*r;c=r-t*polyvalP(t);y=1-(lo-r*c/(2-c)-hi);return ldexp(y,k)}module.exports=expmulti}),31851:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(81878);module.exports=main}),81878:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyrights, licenses, and long comment were part of the original implementation available as part of [Go]{@link https://github.com/golang/go/blob/cb07765045aed5104a3df31507564ac99e6ddce8/src/math/exp.go}, which in turn was based on an implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/e_exp.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (c) 2009 The Go Authors. All rights reserved.
*
* Redistribution and use in source and binary forms, with or without
* modification, are permitted provided that the following conditions are
* met:
*
*    * Redistributions of source code must retain the above copyright
* notice, this list of conditions and the following disclaimer.
*    * Redistributions in binary form must reproduce the above
* copyright notice, this list of conditions and the following disclaimer
* in the documentation and/or other materials provided with the
* distribution.
*    * Neither the name of Google Inc. nor the names of its
* contributors may be used to endorse or promote products derived from
* this software without specific prior written permission.
*
* THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS
* "AS IS" AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT
* LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR
* A PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT
* OWNER OR CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL,
* SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT
* LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE,
* DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON ANY
* THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT
* (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
* OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
* ```
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/var isnan=__webpack_require__(86523);var trunc=__webpack_require__(81262);var NINF=__webpack_require__(81475);var PINF=__webpack_require__(50469);var expmulti=__webpack_require__(36567);var LN2_HI=.6931471803691238;var LN2_LO=19082149292705877e-26;var LOG2_E=1.4426950408889634;var OVERFLOW=709.782712893384;var UNDERFLOW=-745.1332191019411;var NEARZERO=1/(1<<28);var NEG_NEARZERO=-NEARZERO;function exp(x){var hi;var lo;var k;if(isnan(x)||x===PINF){return x}if(x===NINF){return 0}if(x>OVERFLOW){return PINF}if(x<UNDERFLOW){return 0}if(x>NEG_NEARZERO&&x<NEARZERO){return 1+x}if(x<0){k=trunc(LOG2_E*x-.5)}else{k=trunc(LOG2_E*x+.5)}hi=x-k*LN2_HI;lo=k*LN2_LO;return expmulti(hi,lo,k)}module.exports=exp}),71589:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function evalpoly(x){if(x===0){return .16666666666666602}return .16666666666666602+x*(-.0027777777777015593+x*(6613756321437934e-20+x*(-16533902205465252e-22+x*41381367970572385e-24)))}module.exports=evalpoly}),40141:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var expm1=__webpack_require__(56172);module.exports=expm1}),56172:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright, license, and long comment were part of the original implementation available as part of [FDLIBM]{@link http://www.netlib.org/fdlibm/s_expm1.c} and [FreeBSD]{@link https://svnweb.freebsd.org/base/release/12.2.0/lib/msun/src/s_expm1.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/var isnan=__webpack_require__(86523);var getHighWord=__webpack_require__(2882);var setHighWord=__webpack_require__(45990);var fromWords=__webpack_require__(17844);var PINF=__webpack_require__(50469);var NINF=__webpack_require__(81475);var FLOAT64_EXPONENT_BIAS=__webpack_require__(11877);var HALF_LN2=__webpack_require__(29475);var polyval=__webpack_require__(46736);var OVERFLOW_THRESHOLD=709.782712893384;var LN2_HI=.6931471803691238;var LN2_LO=19082149292705877e-26;var LN2_INV=1.4426950408889634;var LN2x56=38.816242111356935;var LN2_HALFX3=1.0397207708399179;function expm1(x){var halfX;var twopk;var sign;var hi;var lo;var hx;var r1;var y;var z;var c;var t;var e;var k;if(x===PINF||isnan(x)){return x}if(x===NINF){return-1}if(x===0){return x}if(x<0){sign=true;y=-x}else{sign=false;y=x}if(y>=LN2x56){if(sign){return-1}if(y>=OVERFLOW_THRESHOLD){return PINF}}hx=getHighWord(y)|0;if(y>HALF_LN2){if(y<LN2_HALFX3){if(sign){hi=x+LN2_HI;lo=-LN2_LO;k=-1}else{hi=x-LN2_HI;lo=LN2_LO;k=1}}else{if(sign){k=LN2_INV*x-.5}else{k=LN2_INV*x+.5}k|=0;t=k;hi=x-t*LN2_HI;lo=t*LN2_LO}x=hi-lo;c=hi-x-lo}else if(hx<0x3c900000){return x}else{k=0}halfX=.5*x;z=x*halfX;r1=1+z*polyval(z);t=3-r1*halfX;e=z*((r1-t)/(6-x*t));if(k===0){return x-(x*e-z)}twopk=fromWords(FLOAT64_EXPONENT_BIAS+k<<20,0);e=x*(e-c)-c;e-=z;if(k===-1){return .5*(x-e)-.5}if(k===1){if(x<-.25){return-2*(e-(x+.5))}return 1+2*(x-e)}if(k<=-2||k>56){y=1-(e-x);if(k===1024){hi=getHighWord(y)+(k<<20)|0;y=setHighWord(y,hi)}else{y*=twopk}return y-1}t=1;if(k<20){hi=0x3ff00000-(2097152>>k)|0;t=setHighWord(t,hi);y=t-(e-x)}else{hi=FLOAT64_EXPONENT_BIAS-k<<20|0;t=setHighWord(t,hi);y=x-(e+t);y+=1}y*=twopk;return y}module.exports=expm1}),46736:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function evalpoly(x){if(x===0){return-.03333333333333313}return-.03333333333333313+x*(.0015873015872548146+x*(-793650757867488e-19+x*(4008217827329362e-21+x*-20109921818362437e-23)))}module.exports=evalpoly}),42334:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(55681);module.exports=main}),55681:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var floor=Math.floor;module.exports=floor}),82638:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(62193);module.exports=main}),62193:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_64_0/boost/math/special_functions/lanczos.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* Copyright John Maddock 2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/var gammaLanczosSumExpGScaled=__webpack_require__(61878);module.exports=gammaLanczosSumExpGScaled}),61878:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function evalrational(x){var ax;var s1;var s2;if(x===0){return Infinity}if(x<0){ax=-x}else{ax=x}if(ax<=1){s1=709811.662581658+x*(679979.8474157227+x*(293136.7857211597+x*(74887.54032914672+x*(12555.290582413863+x*(1443.4299244417066+x*(115.24194596137347+x*(6.309239205732627+x*(.22668404630224365+x*(.004826466289237662+x*4624429436045379e-20)))))))));s2=0+x*(362880+x*(1026576+x*(1172700+x*(723680+x*(269325+x*(63273+x*(9450+x*(870+x*(45+x*1)))))))))}else{x=1/x;s1=4624429436045379e-20+x*(.004826466289237662+x*(.22668404630224365+x*(6.309239205732627+x*(115.24194596137347+x*(1443.4299244417066+x*(12555.290582413863+x*(74887.54032914672+x*(293136.7857211597+x*(679979.8474157227+x*709811.662581658)))))))));s2=1+x*(45+x*(870+x*(9450+x*(63273+x*(269325+x*(723680+x*(1172700+x*(1026576+x*(362880+x*0)))))))))}return s1/s2}module.exports=evalrational}),40905:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(19848);module.exports=main}),19848:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C code, long comment, copyright, license, and constants are from [Cephes]{@link http://www.netlib.org/cephes}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright 1984, 1987, 1989, 1992, 2000 by Stephen L. Moshier
*
* Some software in this archive may be from the book _Methods and Programs for Mathematical Functions_ (Prentice-Hall or Simon & Schuster International, 1989) or from the Cephes Mathematical Library, a commercial product. In either event, it is copyrighted by the author. What you see here may be used freely but it comes with no support or guarantee.
*
* Stephen L. Moshier
* moshier@na-net.ornl.gov
* ```
*/var isnan=__webpack_require__(86523);var isInteger=__webpack_require__(2804);var isNegativeZero=__webpack_require__(23270);var abs=__webpack_require__(66260);var floor=__webpack_require__(42334);var sin=__webpack_require__(61794);var PINF=__webpack_require__(50469);var NINF=__webpack_require__(81475);var PI=__webpack_require__(39701);var stirlingApprox=__webpack_require__(90101);var smallApprox=__webpack_require__(76630);var rateval=__webpack_require__(63381);function gamma(x){var sign;var q;var p;var z;if(isInteger(x)&&x<0||x===NINF||isnan(x)){return NaN}if(x===0){if(isNegativeZero(x)){return NINF}return PINF}if(x>171.61447887182297){return PINF}if(x<-170.5674972726612){return 0}q=abs(x);if(q>33){if(x>=0){return stirlingApprox(x)}p=floor(q);if((p&1)===0){sign=-1}else{sign=1}z=q-p;if(z>.5){p+=1;z=q-p}z=q*sin(PI*z);return sign*PI/(abs(z)*stirlingApprox(q))}z=1;while(x>=3){x-=1;z*=x}while(x<0){if(x>-1e-9){return smallApprox(x,z)}z/=x;x+=1}while(x<2){if(x<1e-9){return smallApprox(x,z)}z/=x;x+=1}if(x===2){return z}x-=2;return z*rateval(x)}module.exports=gamma}),6886:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function evalpoly(x){if(x===0){return .08333333333334822}return .08333333333334822+x*(.0034722222160545866+x*(-.0026813261780578124+x*(-22954996161337813e-20+x*7873113957930937e-19)))}module.exports=evalpoly}),63381:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function evalrational(x){var ax;var s1;var s2;if(x===0){return 1}if(x<0){ax=-x}else{ax=x}if(ax<=1){s1=1+x*(.4942148268014971+x*(.20744822764843598+x*(.04763678004571372+x*(.010421379756176158+x*(.0011913514700658638+x*(16011952247675185e-20+x*0))))));s2=1+x*(.0714304917030273+x*(-.23459179571824335+x*(.035823639860549865+x*(.011813978522206043+x*(-.004456419138517973+x*(5396055804933034e-19+x*-23158187332412014e-21))))))}else{x=1/x;s1=0+x*(16011952247675185e-20+x*(.0011913514700658638+x*(.010421379756176158+x*(.04763678004571372+x*(.20744822764843598+x*(.4942148268014971+x*1))))));s2=-23158187332412014e-21+x*(5396055804933034e-19+x*(-.004456419138517973+x*(.011813978522206043+x*(.035823639860549865+x*(-.23459179571824335+x*(.0714304917030273+x*1))))))}return s1/s2}module.exports=evalrational}),76630:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C code, copyright, license, and constants are from [Cephes]{@link http://www.netlib.org/cephes}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright 1984, 1987, 1989, 1992, 2000 by Stephen L. Moshier
*
* Some software in this archive may be from the book _Methods and Programs for Mathematical Functions_ (Prentice-Hall or Simon & Schuster International, 1989) or from the Cephes Mathematical Library, a commercial product. In either event, it is copyrighted by the author. What you see here may be used freely but it comes with no support or guarantee.
*
* Stephen L. Moshier
* moshier@na-net.ornl.gov
* ```
*/var EULER=__webpack_require__(82404);function gamma(x,z){return z/((1+EULER*x)*x)}module.exports=gamma}),90101:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C code, copyright, license, and constants are from [Cephes]{@link http://www.netlib.org/cephes}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright 1984, 1987, 1989, 1992, 2000 by Stephen L. Moshier
*
* Some software in this archive may be from the book _Methods and Programs for Mathematical Functions_ (Prentice-Hall or Simon & Schuster International, 1989) or from the Cephes Mathematical Library, a commercial product. In either event, it is copyrighted by the author. What you see here may be used freely but it comes with no support or guarantee.
*
* Stephen L. Moshier
* moshier@na-net.ornl.gov
* ```
*/var SQRT_TWO_PI=__webpack_require__(62385);var pow=__webpack_require__(6310);var exp=__webpack_require__(31851);var polyval=__webpack_require__(6886);var MAX_STIRLING=143.01608;function gamma(x){var w;var y;var v;w=1/x;w=1+w*polyval(w);y=exp(x);if(x>MAX_STIRLING){v=pow(x,.5*x-.25);y=v*(v/y)}else{y=pow(x,x-.5)/y}return SQRT_TWO_PI*y*w}module.exports=gamma}),27186:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var gamma1pm1=__webpack_require__(67013);module.exports=gamma1pm1}),23256:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_85_0/boost/math/special_functions/detail/lgamma_small.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006-7, 2013-14.
* (C) Copyright Paul A. Bristow 2007, 2013-14.
* (C) Copyright Nikhar Agrawal 2013-14.
* (C) Copyright Christopher Kormanyos 2013-14.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/var ln=__webpack_require__(51550);var EPS=__webpack_require__(55088);var rateval1=__webpack_require__(38280);var rateval2=__webpack_require__(1440);var rateval3=__webpack_require__(87492);var Y1=.15896368026733398;var Y2=.5281534194946289;var Y3=.45201730728149414;function lgammaSmallImp(z,zm1,zm2){var prefix;var result;var r;var R;if(z<EPS){return-ln(z)}if(zm1===0||zm2===0){return 0}result=0;if(z>2){if(z>=3){do{z-=1;zm2-=1;result+=ln(z)}while(z>=3);zm2=z-2}r=zm2*(z+1);R=rateval1(zm2);result+=r*Y1+r*R;return result}if(z<1){result+=-ln(z);zm2=zm1;zm1=z;z+=1}if(z<=1.5){r=rateval2(zm1);prefix=zm1*zm2;result+=prefix*Y2+prefix*r;return result}r=zm2*zm1;R=rateval3(-zm2);result+=r*Y3+r*R;return result}module.exports=lgammaSmallImp}),67013:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_85_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006-7, 2013-14.
* (C) Copyright Paul A. Bristow 2007, 2013-14.
* (C) Copyright Nikhar Agrawal 2013-14.
* (C) Copyright Christopher Kormanyos 2013-14.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/var gamma=__webpack_require__(40905);var expm1=__webpack_require__(40141);var log1p=__webpack_require__(74879);var isnan=__webpack_require__(86523);var lgammaSmallImp=__webpack_require__(23256);function gamma1pm1(x){if(isnan(x)){return NaN}if(x<0){if(x<-.5){return gamma(1+x)-1}return expm1(-log1p(x)+lgammaSmallImp(x+2,x+1,x))}if(x<2){return expm1(lgammaSmallImp(x+1,x,x-1))}return gamma(1+x)-1}module.exports=gamma1pm1}),38280:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function evalrational(x){var ax;var s1;var s2;if(x===0){return-.01803556856784494}if(x<0){ax=-x}else{ax=x}if(ax<=1){s1=-.01803556856784494+x*(.02512664961998968+x*(.049410315156753225+x*(.0172491608709614+x*(-2594535632054381e-19+x*(-5410098692152044e-19+x*(-3245886498259485e-20+x*0))))));s2=1+x*(1.962029871977952+x*(1.4801966942423133+x*(.5413914320717209+x*(.09885042511280101+x*(.008213096746488934+x*(22493629192211576e-20+x*-22335276320861708e-23))))))}else{x=1/x;s1=0+x*(-3245886498259485e-20+x*(-5410098692152044e-19+x*(-2594535632054381e-19+x*(.0172491608709614+x*(.049410315156753225+x*(.02512664961998968+x*-.01803556856784494))))));s2=-22335276320861708e-23+x*(22493629192211576e-20+x*(.008213096746488934+x*(.09885042511280101+x*(.5413914320717209+x*(1.4801966942423133+x*(1.962029871977952+x*1))))))}return s1/s2}module.exports=evalrational}),1440:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function evalrational(x){var ax;var s1;var s2;if(x===0){return .04906224540690395}if(x<0){ax=-x}else{ax=x}if(ax<=1){s1=.04906224540690395+x*(-.09691175301595212+x*(-.4149833583594954+x*(-.4065671242119384+x*(-.1584135863906922+x*(-.024014982064857155+x*-.0010034668769627955)))));s2=1+x*(3.0234982984646304+x*(3.4873958536072385+x*(1.9141558827442668+x*(.5071377386143635+x*(.05770397226904519+x*.001957681026011072)))))}else{x=1/x;s1=-.0010034668769627955+x*(-.024014982064857155+x*(-.1584135863906922+x*(-.4065671242119384+x*(-.4149833583594954+x*(-.09691175301595212+x*.04906224540690395)))));s2=.001957681026011072+x*(.05770397226904519+x*(.5071377386143635+x*(1.9141558827442668+x*(3.4873958536072385+x*(3.0234982984646304+x*1)))))}return s1/s2}module.exports=evalrational}),87492:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function evalrational(x){var ax;var s1;var s2;if(x===0){return-.029232972183027003}if(x<0){ax=-x}else{ax=x}if(ax<=1){s1=-.029232972183027003+x*(.14421626775719232+x*(-.14244039073863127+x*(.05428096940550536+x*(-.008505359768683364+x*(4311713426792973e-19+x*0)))));s2=1+x*(-1.5016935605448505+x*(.846973248876495+x*(-.22009515181499575+x*(.02558279715597587+x*(-.0010066679553914337+x*-8271935218912905e-22)))))}else{x=1/x;s1=0+x*(4311713426792973e-19+x*(-.008505359768683364+x*(.05428096940550536+x*(-.14244039073863127+x*(.14421626775719232+x*-.029232972183027003)))));s2=-8271935218912905e-22+x*(-.0010066679553914337+x*(.02558279715597587+x*(-.22009515181499575+x*(.846973248876495+x*(-1.5016935605448505+x*1)))))}return s1/s2}module.exports=evalrational}),17078:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/var exp=__webpack_require__(31851);function finiteGammaQ(a,x){var term;var sum;var e;var n;e=exp(-x);sum=e;if(sum!==0){term=sum;for(n=1;n<a;++n){term/=n;term*=x;sum+=term}}return sum}module.exports=finiteGammaQ}),25120:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/var erfc=__webpack_require__(30988);var sqrt=__webpack_require__(15478);var exp=__webpack_require__(31851);var PI=__webpack_require__(39701);function finiteHalfGammaQ(a,x){var half;var term;var sum;var e;var n;e=erfc(sqrt(x));if(e!==0&&a>1){term=exp(-x)/sqrt(PI*x);term*=x;half=.5;term/=half;sum=term;for(n=2;n<a;++n){term/=n-half;term*=x;sum+=term}e+=sum}return e}module.exports=finiteHalfGammaQ}),85852:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/var exp=__webpack_require__(31851);var pow=__webpack_require__(6310);var ln=__webpack_require__(51550);var MAX_LN=__webpack_require__(74193);var MIN_LN=__webpack_require__(67999);function fullIGammaPrefix(a,z){var prefix;var alz;alz=a*ln(z);if(z>=1){if(alz<MAX_LN&&-z>MIN_LN){prefix=pow(z,a)*exp(-z)}else if(a>=1){prefix=pow(z/exp(z/a),a)}else{prefix=exp(alz-z)}}else{if(alz>MIN_LN){prefix=pow(z,a)*exp(-z)}else if(z/a<MAX_LN){prefix=pow(z/exp(z/a),a)}else{prefix=exp(alz-z)}}return prefix}module.exports=fullIGammaPrefix}),6144:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2025 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/var floor=__webpack_require__(42334);var gamma=__webpack_require__(40905);var abs=__webpack_require__(66260);var pow=__webpack_require__(6310);var ln=__webpack_require__(51550);var SQRT_EPSILON=__webpack_require__(58159);var FLOAT64_MAX=__webpack_require__(83424);var MAX_LN=__webpack_require__(74193);var tgammaILargeX=__webpack_require__(23781);var finiteGammaQ=__webpack_require__(17078);var finiteHalfGammaQ=__webpack_require__(25120);var fullIGammaPrefix=__webpack_require__(85852);var igammaTemmeLarge=__webpack_require__(10712);var lowerGammaSeries=__webpack_require__(47178);var regularisedGammaPrefix=__webpack_require__(94175);var tgammaSmallUpperPart=__webpack_require__(80097);var upperGammaFraction=__webpack_require__(20386);function igammaFinal(x,a,regularized,upper){var optimisedInvert;var evalMethod;var isHalfInt;var initValue;var useTemme;var isSmallA;var result;var invert;var isInt;var sigma;var res;var gam;var fa;var g;result=0;invert=upper;isSmallA=a<30&&a<=x+1&&x<MAX_LN;if(isSmallA){fa=floor(a);isInt=fa===a;isHalfInt=isInt?false:abs(fa-a)===.5}else{isInt=false;isHalfInt=false}if(isInt&&x>.6){invert=!invert;evalMethod=0}else if(isHalfInt&&x>.2){invert=!invert;evalMethod=1}else if(x<SQRT_EPSILON&&a>1){evalMethod=6}else if(x>1e3&&(a<x||abs(a-50)/x<1)){invert=!invert;evalMethod=7}else if(x<.5){if(-.4/ln(x)<a){evalMethod=2}else{evalMethod=3}}else if(x<1.1){if(x*.75<a){evalMethod=2}else{evalMethod=3}}else{useTemme=false;if(regularized&&a>20){sigma=abs((x-a)/a);if(a>200){if(20/a>sigma*sigma){useTemme=true}}else if(sigma<.4){useTemme=true}}if(useTemme){evalMethod=5}else if(x-1/(3*x)<a){evalMethod=2}else{evalMethod=4;invert=!invert}}switch(evalMethod){case 0:result=finiteGammaQ(a,x);if(regularized===false){result*=gamma(a)}break;case 1:result=finiteHalfGammaQ(a,x);if(regularized===false){result*=gamma(a)}break;case 2:result=regularized?regularisedGammaPrefix(a,x):fullIGammaPrefix(a,x);if(result!==0){initValue=0;optimisedInvert=false;if(invert){initValue=regularized?1:gamma(a);if(regularized||result>=1||FLOAT64_MAX*result>initValue){initValue/=result;if(regularized||a<1||FLOAT64_MAX/a>initValue){initValue*=-a;optimisedInvert=true}else{initValue=0}}else{initValue=0}}result*=lowerGammaSeries(a,x,initValue)/a;if(optimisedInvert){invert=false;result=-result}}break;case 3:invert=!invert;res=tgammaSmallUpperPart(a,x,invert);result=res[0];g=res[1];invert=false;if(regularized){result/=g}break;case 4:result=regularized?regularisedGammaPrefix(a,x):fullIGammaPrefix(a,x);if(result!==0){result*=upperGammaFraction(a,x)}break;case 5:result=igammaTemmeLarge(a,x);if(x>=a){invert=!invert}break;case 6:result=regularized?pow(x,a)/gamma(a+1):pow(x,a)/a;result*=1-a*x/(a+1);break;case 7:result=regularized?regularisedGammaPrefix(a,x):fullIGammaPrefix(a,x);result/=x;if(result!==0){result*=tgammaILargeX(a,x)}break}if(regularized&&result>1){result=1}if(invert){gam=regularized?1:gamma(a);result=gam-result}return result}module.exports=igammaFinal}),10712:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/var evalpoly=__webpack_require__(62096);var log1pmx=__webpack_require__(15430);var erfc=__webpack_require__(30988);var sqrt=__webpack_require__(15478);var exp=__webpack_require__(31851);var TWO_PI=__webpack_require__(7120);var polyvalC0=__webpack_require__(4410);var polyvalC1=__webpack_require__(35273);var polyvalC2=__webpack_require__(50736);var polyvalC3=__webpack_require__(8135);var polyvalC4=__webpack_require__(36870);var polyvalC5=__webpack_require__(67589);var polyvalC6=__webpack_require__(3164);var polyvalC7=__webpack_require__(8099);var polyvalC8=__webpack_require__(81794);var workspace=[0,0,0,0,0,0,0,0,0,0];function igammaTemmeLarge(a,x){var result;var sigma;var phi;var y;var z;sigma=(x-a)/a;phi=-log1pmx(sigma);y=a*phi;z=sqrt(2*phi);if(x<a){z=-z}workspace[0]=polyvalC0(z);workspace[1]=polyvalC1(z);workspace[2]=polyvalC2(z);workspace[3]=polyvalC3(z);workspace[4]=polyvalC4(z);workspace[5]=polyvalC5(z);workspace[6]=polyvalC6(z);workspace[7]=polyvalC7(z);workspace[8]=polyvalC8(z);workspace[9]=-5967612901927463e-19;result=evalpoly(workspace,1/a);result*=exp(-y)/sqrt(TWO_PI*a);if(x<a){result=-result}result+=erfc(sqrt(y))/2;return result}module.exports=igammaTemmeLarge}),55479:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(63218);module.exports=main}),47178:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/var sumSeries=__webpack_require__(96491);var lowerIncompleteGammaSeries=__webpack_require__(53027);function lowerGammaSeries(a,z,initialValue){var result;var s;initialValue=initialValue||0;s=lowerIncompleteGammaSeries(a,z);result=sumSeries(s,{"initialValue":initialValue});return result}module.exports=lowerGammaSeries}),53027:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/function lowerIncompleteGammaSeries(a1,z1){var result=1;var a=a1;var z=z1;return next;function next(){var r=result;a+=1;result*=z/a;return r}}module.exports=lowerIncompleteGammaSeries}),63218:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006-7, 2013-14.
* (C) Copyright Paul A. Bristow 2007, 2013-14.
* (C) Copyright Nikhar Agrawal 2013-14.
* (C) Christopher Kormanyos 2013-14.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/var gammaln=__webpack_require__(67711);var exp=__webpack_require__(31851);var ln=__webpack_require__(51550);var SQRT_TWO_PI=__webpack_require__(62385);var MAX_LN=__webpack_require__(74193);var PINF=__webpack_require__(50469);var FLOAT64_MAX_NTH_FACTORIAL=__webpack_require__(30313);var igammaFinal=__webpack_require__(6144);var lowerGammaSeries=__webpack_require__(47178);var upperGammaFraction=__webpack_require__(20386);function gammainc(x,a,regularized,upper){var normalized;var initValue;var invert;var result;if(x<0||a<=0){return NaN}normalized=regularized===void 0?true:regularized;invert=upper;if(a>=FLOAT64_MAX_NTH_FACTORIAL&&!normalized){if(invert&&a*4<x){result=a*ln(x)-x;result+=ln(upperGammaFraction(a,x))}else if(!invert&&a>4*x){result=a*ln(x)-x;initValue=0;result+=ln(lowerGammaSeries(a,x,initValue)/a)}else{result=igammaFinal(x,a,true,invert);if(result===0){if(invert){result=1+1/(12*a)+1/(288*a*a);result=ln(result)-a+(a-.5)*ln(a);result+=ln(SQRT_TWO_PI)}else{result=a*ln(x)-x;initValue=0;result+=ln(lowerGammaSeries(a,x,initValue)/a)}}else{result=ln(result)+gammaln(a)}}if(result>MAX_LN){return PINF}return exp(result)}return igammaFinal(x,a,normalized,invert)}module.exports=gammainc}),4410:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function evalpoly(x){if(x===0){return-.3333333333333333}return-.3333333333333333+x*(.08333333333333333+x*(-.014814814814814815+x*(.0011574074074074073+x*(3527336860670194e-19+x*(-1787551440329218e-19+x*(3919263178522438e-20+x*(-21854485106799924e-22+x*(-185406221071516e-20+x*(8296711340953087e-22+x*(-17665952736826078e-23+x*(6707853543401498e-24+x*(10261809784240309e-24+x*(-4382036018453353e-24+x*914769958223679e-24)))))))))))))}module.exports=evalpoly}),35273:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function evalpoly(x){if(x===0){return-.001851851851851852}return-.001851851851851852+x*(-.003472222222222222+x*(.0026455026455026454+x*(-9902263374485596e-19+x*(20576131687242798e-20+x*(-4018775720164609e-22+x*(-18098550334489977e-21+x*(764916091608111e-20+x*(-16120900894563446e-22+x*(4647127802807434e-24+x*(1378633446915721e-22+x*(-5752545603517705e-23+x*11951628599778148e-24)))))))))))}module.exports=evalpoly}),50736:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function evalpoly(x){if(x===0){return .004133597883597883}return .004133597883597883+x*(-.0026813271604938273+x*(7716049382716049e-19+x*(20093878600823047e-22+x*(-10736653226365161e-20+x*(52923448829120125e-21+x*(-12760635188618728e-21+x*(3423578734096138e-23+x*(13721957309062932e-22+x*(-6298992138380055e-22+x*14280614206064242e-23)))))))))}module.exports=evalpoly}),8135:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function evalpoly(x){if(x===0){return 6494341563786008e-19}return 6494341563786008e-19+x*(22947209362139917e-20+x*(-4691894943952557e-19+x*(26772063206283885e-20+x*(-7561801671883977e-20+x*(-2396505113867297e-22+x*(11082654115347302e-21+x*(-56749528269915965e-22+x*14230900732435883e-22)))))))}module.exports=evalpoly}),36870:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function evalpoly(x){if(x===0){return-8618882909167117e-19}return-8618882909167117e-19+x*(7840392217200666e-19+x*(-2990724803031902e-19+x*(-14638452578843418e-22+x*(6641498215465122e-20+x*(-3968365047179435e-20+x*11375726970678419e-21)))))}module.exports=evalpoly}),67589:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function evalpoly(x){if(x===0){return-33679855336635813e-20}return-33679855336635813e-20+x*(-6972813758365858e-20+x*(2772753244959392e-19+x*(-19932570516188847e-20+x*(6797780477937208e-20+x*(1419062920643967e-22+x*(-13594048189768693e-21+x*(8018470256334202e-21+x*-2291481176508095e-21)))))))}module.exports=evalpoly}),3164:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function evalpoly(x){if(x===0){return 5313079364639922e-19}return 5313079364639922e-19+x*(-5921664373536939e-19+x*(2708782096718045e-19+x*(7902353232660328e-22+x*(-8153969367561969e-20+x*(561168275310625e-19+x*-18329116582843375e-21)))))}module.exports=evalpoly}),8099:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function evalpoly(x){if(x===0){return 34436760689237765e-20}return 34436760689237765e-20+x*(5171790908260592e-20+x*(-33493161081142234e-20+x*(2812695154763237e-19+x*-10976582244684731e-20)))}module.exports=evalpoly}),81794:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function evalpoly(x){if(x===0){return-6526239185953094e-19}return-6526239185953094e-19+x*(8394987206720873e-19+x*-438297098541721e-18)}module.exports=evalpoly}),94175:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_64_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* Copyright John Maddock 2006-7, 2013-14.
* Copyright Paul A. Bristow 2007, 2013-14.
* Copyright Nikhar Agrawal 2013-14.
* Copyright Christopher Kormanyos 2013-14.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/var lanczosSumExpGScaled=__webpack_require__(82638);var gammaln=__webpack_require__(67711);var gamma=__webpack_require__(40905);var log1pmx=__webpack_require__(15430);var sqrt=__webpack_require__(15478);var abs=__webpack_require__(66260);var exp=__webpack_require__(31851);var pow=__webpack_require__(6310);var max=__webpack_require__(32974);var min=__webpack_require__(38008);var ln=__webpack_require__(51550);var FLOAT64_MAX=__webpack_require__(83424);var MAX_LN=__webpack_require__(74193);var MIN_LN=__webpack_require__(67999);var G=__webpack_require__(13822);var E=__webpack_require__(20045);function regularisedGammaPrefix(a,z){var prefix;var amza;var agh;var alz;var amz;var sq;var d;agh=a+G-.5;d=(z-a-G+.5)/agh;if(a<1){if(z<=MIN_LN||a<1/FLOAT64_MAX){return exp(a*ln(z)-z-gammaln(a))}return pow(z,a)*exp(-z)/gamma(a)}if(abs(d*d*a)<=100&&a>150){prefix=a*log1pmx(d)+z*(.5-G)/agh;prefix=exp(prefix)}else{alz=a*ln(z/agh);amz=a-z;if(min(alz,amz)<=MIN_LN||max(alz,amz)>=MAX_LN){amza=amz/a;if(min(alz,amz)/2>MIN_LN&&max(alz,amz)/2<MAX_LN){sq=pow(z/agh,a/2)*exp(amz/2);prefix=sq*sq}else if(min(alz,amz)/4>MIN_LN&&max(alz,amz)/4<MAX_LN&&z>a){sq=pow(z/agh,a/4)*exp(amz/4);prefix=sq*sq;prefix*=prefix}else if(amza>MIN_LN&&amza<MAX_LN){prefix=pow(z*exp(amza)/agh,a)}else{prefix=exp(alz+amz)}}else{prefix=pow(z/agh,a)*exp(amz)}}prefix*=sqrt(agh/E)/lanczosSumExpGScaled(a);return prefix}module.exports=regularisedGammaPrefix}),27708:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/function smallGamma2Series(a,x){var result;var apn;var n;var r;result=-x;x=-x;apn=a+1;n=1;return next;function next(){r=result/apn;result*=x;n+=1;result/=n;apn+=1;return r}}module.exports=smallGamma2Series}),23781:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2025 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/var sumSeries=__webpack_require__(96491);var tgammaILargeXSeries=__webpack_require__(94809);function tgammaILargeX(a,x){var result;var s;s=tgammaILargeXSeries(a,x);result=sumSeries(s);return result}module.exports=tgammaILargeX}),94809:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2025 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/function tgammaILargeXSeries(a1,x1){var result=1;var a=a1;var x=x1;return next;function next(){var r=result;result*=a/x;a-=1;return r}}module.exports=tgammaILargeXSeries}),80097:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/var powm1=__webpack_require__(74756);var sumSeries=__webpack_require__(96491);var gamma1pm1=__webpack_require__(27186);var smallGamma2Series=__webpack_require__(27708);function tgammaSmallUpperPart(a,x,invert){var initialValue;var result;var pgam;var p;var s;result=gamma1pm1(a);pgam=(result+1)/a;p=powm1(x,a);result-=p;result/=a;s=smallGamma2Series(a,x);p+=1;initialValue=invert?pgam:0;result=-p*sumSeries(s,{"initialValue":(initialValue-result)/p});if(invert){result=-result}return[result,pgam]}module.exports=tgammaSmallUpperPart}),20386:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/var continuedFraction=__webpack_require__(30508);var upperIncompleteGammaFract=__webpack_require__(12923);function upperGammaFraction(a,z){var f=upperIncompleteGammaFract(a,z);return 1/(z-a+1+continuedFraction(f))}module.exports=upperGammaFraction}),12923:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/function upperIncompleteGammaFract(a1,z1){var z=z1-a1+1;var a=a1;var k=0;return next;function next(){k+=1;z+=2;return[k*(a-k),z]}}module.exports=upperIncompleteGammaFract}),67711:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(28554);module.exports=main}),28554:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright, license, and long comment were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/12.2.0/lib/msun/src/e_lgamma_r.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/var isnan=__webpack_require__(86523);var isInfinite=__webpack_require__(57234);var abs=__webpack_require__(66260);var ln=__webpack_require__(51550);var trunc=__webpack_require__(81262);var sinpi=__webpack_require__(18901);var PI=__webpack_require__(39701);var PINF=__webpack_require__(50469);var polyvalA1=__webpack_require__(89303);var polyvalA2=__webpack_require__(95690);var polyvalR=__webpack_require__(71271);var polyvalS=__webpack_require__(47120);var polyvalT1=__webpack_require__(62778);var polyvalT2=__webpack_require__(66503);var polyvalT3=__webpack_require__(42352);var polyvalU=__webpack_require__(67942);var polyvalV=__webpack_require__(45059);var polyvalW=__webpack_require__(89596);var A1C=.07721566490153287;var A2C=.3224670334241136;var RC=1;var SC=-.07721566490153287;var T1C=.48383612272381005;var T2C=-.1475877229945939;var T3C=.06462494023913339;var UC=-.07721566490153287;var VC=1;var WC=.4189385332046727;var YMIN=1.4616321449683622;var TWO52=0x10000000000000;var TWO56=0x100000000000000;var TINY=13877787807814457e-33;var TC=1.4616321449683622;var TF=-.12148629053584961;var TT=-3638676997039505e-33;function gammaln(x){var isNegative;var nadj;var flg;var p3;var p2;var p1;var p;var q;var t;var w;var y;var z;var r;if(isnan(x)||isInfinite(x)){return x}if(x===0){return PINF}if(x<0){isNegative=true;x=-x}else{isNegative=false}if(x<TINY){return-ln(x)}if(isNegative){if(x>=TWO52){return PINF}t=sinpi(x);if(t===0){return PINF}nadj=ln(PI/abs(t*x))}if(x===1||x===2){return 0}if(x<2){if(x<=.9){r=-ln(x);if(x>=YMIN-1+.27){y=1-x;flg=0}else if(x>=YMIN-1-.27){y=x-(TC-1);flg=1}else{y=x;flg=2}}else{r=0;if(x>=YMIN+.27){y=2-x;flg=0}else if(x>=YMIN-.27){y=x-TC;flg=1}else{y=x-1;flg=2}}switch(flg){case 0:z=y*y;p1=A1C+z*polyvalA1(z);p2=z*(A2C+z*polyvalA2(z));p=y*p1+p2;r+=p-.5*y;break;case 1:z=y*y;w=z*y;p1=T1C+w*polyvalT1(w);p2=T2C+w*polyvalT2(w);p3=T3C+w*polyvalT3(w);p=z*p1-(TT-w*(p2+y*p3));r+=TF+p;break;case 2:p1=y*(UC+y*polyvalU(y));p2=VC+y*polyvalV(y);r+=-.5*y+p1/p2;break}}else if(x<8){flg=trunc(x);y=x-flg;p=y*(SC+y*polyvalS(y));q=RC+y*polyvalR(y);r=.5*y+p/q;z=1;switch(flg){case 7:z*=y+6;case 6:z*=y+5;case 5:z*=y+4;case 4:z*=y+3;case 3:z*=y+2;r+=ln(z)}}else if(x<TWO56){t=ln(x);z=1/x;y=z*z;w=WC+z*polyvalW(y);r=(x-.5)*(t-1)+w}else{r=x*(ln(x)-1)}if(isNegative){r=nadj-r}return r}module.exports=gammaln}),89303:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function evalpoly(x){if(x===0){return .06735230105312927}return .06735230105312927+x*(.007385550860814029+x*(.0011927076318336207+x*(22086279071390839e-20+x*25214456545125733e-21)))}module.exports=evalpoly}),95690:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function evalpoly(x){if(x===0){return .020580808432516733}return .020580808432516733+x*(.0028905138367341563+x*(5100697921535113e-19+x*(10801156724758394e-20+x*44864094961891516e-21)))}module.exports=evalpoly}),71271:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function evalpoly(x){if(x===0){return 1.3920053346762105}return 1.3920053346762105+x*(.7219355475671381+x*(.17193386563280308+x*(.01864591917156529+x*(7779424963818936e-19+x*7326684307446256e-21))))}module.exports=evalpoly}),47120:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function evalpoly(x){if(x===0){return .21498241596060885}return .21498241596060885+x*(.325778796408931+x*(.14635047265246445+x*(.02664227030336386+x*(.0018402845140733772+x*3194753265841009e-20))))}module.exports=evalpoly}),62778:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function evalpoly(x){if(x===0){return-.032788541075985965}return-.032788541075985965+x*(.006100538702462913+x*(-.0014034646998923284+x*31563207090362595e-20))}module.exports=evalpoly}),66503:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function evalpoly(x){if(x===0){return .01797067508118204}return .01797067508118204+x*(-.0036845201678113826+x*(881081882437654e-18+x*-31275416837512086e-20))}module.exports=evalpoly}),42352:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function evalpoly(x){if(x===0){return-.010314224129834144}return-.010314224129834144+x*(.0022596478090061247+x*(-5385953053567405e-19+x*3355291926355191e-19))}module.exports=evalpoly}),67942:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function evalpoly(x){if(x===0){return .6328270640250934}return .6328270640250934+x*(1.4549225013723477+x*(.9777175279633727+x*(.22896372806469245+x*.013381091853678766)))}module.exports=evalpoly}),45059:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function evalpoly(x){if(x===0){return 2.4559779371304113}return 2.4559779371304113+x*(2.128489763798934+x*(.7692851504566728+x*(.10422264559336913+x*.003217092422824239)))}module.exports=evalpoly}),89596:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function evalpoly(x){if(x===0){return .08333333333333297}return .08333333333333297+x*(-.0027777777772877554+x*(7936505586430196e-19+x*(-59518755745034e-17+x*(8363399189962821e-19+x*-.0016309293409657527))))}module.exports=evalpoly}),71567:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(94010);module.exports=main}),94010:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright, license, and long comment were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/12.2.0/lib/msun/src/k_cos.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/var polyval13=__webpack_require__(25732);var polyval46=__webpack_require__(53242);function kernelCos(x,y){var hz;var r;var w;var z;z=x*x;w=z*z;r=z*polyval13(z);r+=w*w*polyval46(z);hz=.5*z;w=1-hz;return w+(1-w-hz+(z*r-x*y))}module.exports=kernelCos}),25732:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function evalpoly(x){if(x===0){return .0416666666666666}return .0416666666666666+x*(-.001388888888887411+x*2480158728947673e-20)}module.exports=evalpoly}),53242:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function evalpoly(x){if(x===0){return-27557314351390663e-23}return-27557314351390663e-23+x*(2087572321298175e-24+x*-11359647557788195e-27)}module.exports=evalpoly}),70186:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(97485);module.exports=main}),97485:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright, license, and long comment were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/k_sin.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/var S1=-.16666666666666632;var S2=.00833333333332249;var S3=-1984126982985795e-19;var S4=27557313707070068e-22;var S5=-25050760253406863e-24;var S6=158969099521155e-24;function kernelSin(x,y){var r;var v;var w;var z;z=x*x;w=z*z;r=S2+z*(S3+z*S4)+z*w*(S5+z*S6);v=z*x;if(y===0){return x+v*(S1+z*r)}return x-(z*(.5*y-v*r)-y-v*S1)}module.exports=kernelSin}),83291:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(23078);module.exports=main}),23078:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var PINF=__webpack_require__(50469);var NINF=__webpack_require__(81475);var BIAS=__webpack_require__(11877);var MAX_EXPONENT=__webpack_require__(46276);var MAX_SUBNORMAL_EXPONENT=__webpack_require__(92656);var MIN_SUBNORMAL_EXPONENT=__webpack_require__(34862);var isnan=__webpack_require__(86523);var isInfinite=__webpack_require__(57234);var copysign=__webpack_require__(35672);var normalize=__webpack_require__(79335).assign;var floatExp=__webpack_require__(6075);var toWords=__webpack_require__(87949);var fromWords=__webpack_require__(17844);var TWO52_INV=2220446049250313e-31;var CLEAR_EXP_MASK=0x800fffff>>>0;var FRAC=[0,0];var WORDS=[0,0];function ldexp(frac,exp){var high;var m;if(exp===0||frac===0||isnan(frac)||isInfinite(frac)){return frac}normalize(frac,FRAC,1,0);frac=FRAC[0];exp+=FRAC[1];exp+=floatExp(frac);if(exp<MIN_SUBNORMAL_EXPONENT){return copysign(0,frac)}if(exp>MAX_EXPONENT){if(frac<0){return NINF}return PINF}if(exp<=MAX_SUBNORMAL_EXPONENT){exp+=52;m=TWO52_INV}else{m=1}toWords.assign(frac,WORDS,1,0);high=WORDS[0];high&=CLEAR_EXP_MASK;high|=exp+BIAS<<20;return m*fromWords(high,WORDS[1])}module.exports=ldexp}),51550:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(75553);module.exports=main}),75553:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/e_log.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/var getHighWord=__webpack_require__(2882);var setHighWord=__webpack_require__(45990);var isnan=__webpack_require__(86523);var BIAS=__webpack_require__(11877);var NINF=__webpack_require__(81475);var polyvalP=__webpack_require__(36488);var polyvalQ=__webpack_require__(71103);var LN2_HI=.6931471803691238;var LN2_LO=19082149292705877e-26;var TWO54=0x40000000000000;var ONE_THIRD=.3333333333333333;var HIGH_SIGNIFICAND_MASK=1048575|0;var HIGH_MAX_NORMAL_EXP=0x7ff00000|0;var HIGH_MIN_NORMAL_EXP=1048576|0;var HIGH_BIASED_EXP_0=0x3ff00000|0;function ln(x){var hfsq;var hx;var t2;var t1;var k;var R;var f;var i;var j;var s;var w;var z;if(x===0){return NINF}if(isnan(x)||x<0){return NaN}hx=getHighWord(x);k=0|0;if(hx<HIGH_MIN_NORMAL_EXP){k-=54|0;x*=TWO54;hx=getHighWord(x)}if(hx>=HIGH_MAX_NORMAL_EXP){return x+x}k+=(hx>>20)-BIAS|0;hx&=HIGH_SIGNIFICAND_MASK;i=hx+614244&1048576|0;x=setHighWord(x,hx|i^HIGH_BIASED_EXP_0);k+=i>>20|0;f=x-1;if((HIGH_SIGNIFICAND_MASK&2+hx)<3){if(f===0){if(k===0){return 0}return k*LN2_HI+k*LN2_LO}R=f*f*(.5-ONE_THIRD*f);if(k===0){return f-R}return k*LN2_HI-(R-k*LN2_LO-f)}s=f/(2+f);z=s*s;i=hx-398458|0;w=z*z;j=440401-hx|0;t1=w*polyvalP(w);t2=z*polyvalQ(w);i|=j;R=t2+t1;if(i>0){hfsq=.5*f*f;if(k===0){return f-(hfsq-s*(hfsq+R))}return k*LN2_HI-(hfsq-(s*(hfsq+R)+k*LN2_LO)-f)}if(k===0){return f-s*(f-R)}return k*LN2_HI-(s*(f-R)-k*LN2_LO-f)}module.exports=ln}),36488:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function evalpoly(x){if(x===0){return .3999999999940942}return .3999999999940942+x*(.22222198432149784+x*.15313837699209373)}module.exports=evalpoly}),71103:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function evalpoly(x){if(x===0){return .6666666666666735}return .6666666666666735+x*(.2857142874366239+x*(.1818357216161805+x*.14798198605116586))}module.exports=evalpoly}),74879:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var log1p=__webpack_require__(7306);module.exports=log1p}),7306:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright, license, and long comment were part of the original implementation available as part of [FDLIBM]{@link http://www.netlib.org/fdlibm/s_log1p.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/var isnan=__webpack_require__(86523);var getHighWord=__webpack_require__(2882);var setHighWord=__webpack_require__(45990);var PINF=__webpack_require__(50469);var NINF=__webpack_require__(81475);var FLOAT64_EXPONENT_BIAS=__webpack_require__(11877);var polyval=__webpack_require__(10897);var LN2_HI=.6931471803691238;var LN2_LO=19082149292705877e-26;var SQRT2M1=.41421356237309503;var SQRT2HALFM1=-.2928932188134525;var SMALL=1862645149230957e-24;var TINY=5551115123125783e-32;var TWO53=0x20000000000000;var TWO_THIRDS=.6666666666666666;function log1p(x){var hfsq;var hu;var y;var f;var c;var s;var z;var R;var u;var k;if(x<-1||isnan(x)){return NaN}if(x===-1){return NINF}if(x===PINF){return x}if(x===0){return x}if(x<0){y=-x}else{y=x}k=1;if(y<SQRT2M1){if(y<SMALL){if(y<TINY){return x}return x-x*x*.5}if(x>SQRT2HALFM1){k=0;f=x;hu=1}}if(k!==0){if(y<TWO53){u=1+x;hu=getHighWord(u);k=(hu>>20)-FLOAT64_EXPONENT_BIAS;if(k>0){c=1-(u-x)}else{c=x-(u-1)}c/=u}else{u=x;hu=getHighWord(u);k=(hu>>20)-FLOAT64_EXPONENT_BIAS;c=0}hu&=1048575;if(hu<434334){u=setHighWord(u,hu|0x3ff00000)}else{k+=1;u=setHighWord(u,hu|0x3fe00000);hu=1048576-hu>>2}f=u-1}hfsq=.5*f*f;if(hu===0){if(f===0){c+=k*LN2_LO;return k*LN2_HI+c}R=hfsq*(1-TWO_THIRDS*f);return k*LN2_HI-(R-(k*LN2_LO+c)-f)}s=f/(2+f);z=s*s;R=z*polyval(z);if(k===0){return f-(hfsq-s*(hfsq+R))}return k*LN2_HI-(hfsq-(s*(hfsq+R)+(k*LN2_LO+c))-f)}module.exports=log1p}),10897:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function evalpoly(x){if(x===0){return .6666666666666735}return .6666666666666735+x*(.3999999999940942+x*(.2857142874366239+x*(.22222198432149784+x*(.1818357216161805+x*(.15313837699209373+x*.14798198605116586)))))}module.exports=evalpoly}),15430:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2023 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var log1pmx=__webpack_require__(44473);module.exports=log1pmx}),44781:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2023 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_83_0/boost/math/special_functions/log1p.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2005-2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
*/function log1pSeries(x){var mMult=-x;var mProd=-1;var k=0;return next;function next(){mProd*=mMult;k+=1;return mProd/k}}module.exports=log1pSeries}),44473:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2023 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_83_0/boost/math/special_functions/log1p.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2005-2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/var abs=__webpack_require__(66260);var ln=__webpack_require__(51550);var FLOAT_EPS=__webpack_require__(55088);var sumSeries=__webpack_require__(96491);var log1pSeries=__webpack_require__(44781);function log1pmx(x){var opts;var ax;if(x<=-1){return NaN}ax=abs(x);if(ax>.95){return ln(1+x)-x}if(ax<FLOAT_EPS){return-x*x/2}opts={"initialValue":-x};return sumSeries(log1pSeries(x),opts)}module.exports=log1pmx}),32974:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var max=__webpack_require__(78641);module.exports=max}),78641:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var isPositiveZero=__webpack_require__(30866);var isnan=__webpack_require__(86523);var PINF=__webpack_require__(50469);function max(x,y){if(isnan(x)||isnan(y)){return NaN}if(x===PINF||y===PINF){return PINF}if(x===y&&x===0){if(isPositiveZero(x)){return x}return y}if(x>y){return x}return y}module.exports=max}),38008:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var min=__webpack_require__(29503);module.exports=min}),29503:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var isNegativeZero=__webpack_require__(23270);var isnan=__webpack_require__(86523);var NINF=__webpack_require__(81475);function min(x,y){if(isnan(x)||isnan(y)){return NaN}if(x===NINF||y===NINF){return NINF}if(x===y&&x===0){if(isNegativeZero(x)){return x}return y}if(x<y){return x}return y}module.exports=min}),6310:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(87609);module.exports=main}),59905:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_pow.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/var getHighWord=__webpack_require__(2882);var setLowWord=__webpack_require__(23786);var setHighWord=__webpack_require__(45990);var BIAS=__webpack_require__(11877);var HIGH_NUM_SIGNIFICAND_BITS=__webpack_require__(31277);var polyvalL=__webpack_require__(53140);var HIGH_SIGNIFICAND_MASK=1048575|0;var HIGH_MIN_NORMAL_EXP=1048576|0;var HIGH_BIASED_EXP_0=0x3ff00000|0;var HIGH_BIASED_EXP_NEG_512=0x20000000|0;var HIGH_SIGNIFICAND_HALF=524288|0;var TWO53=0x20000000000000;var CP=.9617966939259756;var CP_HI=.9617967009544373;var CP_LO=-7028461650952758e-24;var BP=[1,1.5];var DP_HI=[0,.5849624872207642];var DP_LO=[0,1350039202129749e-23];function log2ax(out,ax,ahx){var tmp;var ss;var s2;var hs;var ls;var ht;var lt;var bp;var dp;var hp;var lp;var hz;var lz;var t1;var t2;var t;var r;var u;var v;var n;var j;var k;n=0|0;if(ahx<HIGH_MIN_NORMAL_EXP){ax*=TWO53;n-=53|0;ahx=getHighWord(ax)}n+=(ahx>>HIGH_NUM_SIGNIFICAND_BITS)-BIAS|0;j=ahx&HIGH_SIGNIFICAND_MASK|0;ahx=j|HIGH_BIASED_EXP_0|0;if(j<=235662){k=0}else if(j<767610){k=1}else{k=0;n+=1|0;ahx-=HIGH_MIN_NORMAL_EXP}ax=setHighWord(ax,ahx);bp=BP[k];u=ax-bp;v=1/(ax+bp);ss=u*v;hs=setLowWord(ss,0);tmp=(ahx>>1|HIGH_BIASED_EXP_NEG_512)+HIGH_SIGNIFICAND_HALF;tmp+=k<<18;ht=setHighWord(0,tmp);lt=ax-(ht-bp);ls=v*(u-hs*ht-hs*lt);s2=ss*ss;r=s2*s2*polyvalL(s2);r+=ls*(hs+ss);s2=hs*hs;ht=3+s2+r;ht=setLowWord(ht,0);lt=r-(ht-3-s2);u=hs*ht;v=ls*ht+lt*ss;hp=u+v;hp=setLowWord(hp,0);lp=v-(hp-u);hz=CP_HI*hp;lz=CP_LO*hp+lp*CP+DP_LO[k];dp=DP_HI[k];t=n;t1=hz+lz+dp+t;t1=setLowWord(t1,0);t2=lz-(t1-t-dp-hz);out[0]=t1;out[1]=t2;return out}module.exports=log2ax}),53726:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_pow.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/var setLowWord=__webpack_require__(23786);var polyvalW=__webpack_require__(837);var INV_LN2=1.4426950408889634;var INV_LN2_HI=1.4426950216293335;var INV_LN2_LO=19259629911266175e-24;function logx(out,ax){var t2;var t1;var t;var w;var u;var v;t=ax-1;w=t*t*polyvalW(t);u=INV_LN2_HI*t;v=t*INV_LN2_LO-w*INV_LN2;t1=u+v;t1=setLowWord(t1,0);t2=v-(t1-u);out[0]=t1;out[1]=t2;return out}module.exports=logx}),87609:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_pow.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/var isnan=__webpack_require__(86523);var isOdd=__webpack_require__(97687);var isInfinite=__webpack_require__(57234);var isInteger=__webpack_require__(2804);var sqrt=__webpack_require__(15478);var abs=__webpack_require__(66260);var toWords=__webpack_require__(87949);var setLowWord=__webpack_require__(23786);var uint32ToInt32=__webpack_require__(86519);var NINF=__webpack_require__(81475);var PINF=__webpack_require__(50469);var ABS_MASK=__webpack_require__(43935);var xIsZero=__webpack_require__(72122);var yIsHuge=__webpack_require__(30888);var yIsInfinite=__webpack_require__(93355);var log2ax=__webpack_require__(59905);var logx=__webpack_require__(53726);var pow2=__webpack_require__(55224);var HIGH_MAX_NEAR_UNITY=0x3fefffff|0;var HIGH_BIASED_EXP_31=0x41e00000|0;var HIGH_BIASED_EXP_64=0x43f00000|0;var HIGH_BIASED_EXP_10=0x40900000|0;var HIGH_BIASED_EXP_0=0x3ff00000|0;var HIGH_1075=0x4090cc00|0;var HIGH_NEG_1075=0xc090cc00>>>0;var HIGH_NUM_NONSIGN_BITS=31|0;var HUGE=1e300;var TINY=1e-300;var OVT=8008566259537294e-32;var WORDS=[0|0,0|0];var LOG_WORKSPACE=[0,0];function pow(x,y){var ahx;var ahy;var ax;var hx;var lx;var hy;var ly;var sx;var sy;var y1;var hp;var lp;var t;var z;var j;var i;if(isnan(x)||isnan(y)){return NaN}toWords.assign(y,WORDS,1,0);hy=WORDS[0];ly=WORDS[1];if(ly===0){if(y===0){return 1}if(y===1){return x}if(y===-1){return 1/x}if(y===.5){return sqrt(x)}if(y===-.5){return 1/sqrt(x)}if(y===2){return x*x}if(y===3){return x*x*x}if(y===4){x*=x;return x*x}if(isInfinite(y)){return yIsInfinite(x,y)}}toWords.assign(x,WORDS,1,0);hx=WORDS[0];lx=WORDS[1];if(lx===0){if(hx===0){return xIsZero(x,y)}if(x===1){return 1}if(x===-1&&isOdd(y)){return-1}if(isInfinite(x)){if(x===NINF){return pow(-0,-y)}if(y<0){return 0}return PINF}}if(x<0&&isInteger(y)===false){return(x-x)/(x-x)}ax=abs(x);ahx=hx&ABS_MASK|0;ahy=hy&ABS_MASK|0;sx=hx>>>HIGH_NUM_NONSIGN_BITS|0;sy=hy>>>HIGH_NUM_NONSIGN_BITS|0;if(sx&&isOdd(y)){sx=-1}else{sx=1}if(ahy>HIGH_BIASED_EXP_31){if(ahy>HIGH_BIASED_EXP_64){return yIsHuge(x,y)}if(ahx<HIGH_MAX_NEAR_UNITY){if(sy===1){return sx*HUGE*HUGE}return sx*TINY*TINY}if(ahx>HIGH_BIASED_EXP_0){if(sy===0){return sx*HUGE*HUGE}return sx*TINY*TINY}t=logx(LOG_WORKSPACE,ax)}else{t=log2ax(LOG_WORKSPACE,ax,ahx)}y1=setLowWord(y,0);lp=(y-y1)*t[0]+y*t[1];hp=y1*t[0];z=lp+hp;toWords.assign(z,WORDS,1,0);j=uint32ToInt32(WORDS[0]);i=uint32ToInt32(WORDS[1]);if(j>=HIGH_BIASED_EXP_10){if((j-HIGH_BIASED_EXP_10|i)!==0){return sx*HUGE*HUGE}if(lp+OVT>z-hp){return sx*HUGE*HUGE}}else if((j&ABS_MASK)>=HIGH_1075){if((j-HIGH_NEG_1075|i)!==0){return sx*TINY*TINY}if(lp<=z-hp){return sx*TINY*TINY}}z=pow2(j,hp,lp);return sx*z}module.exports=pow}),53140:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function evalpoly(x){if(x===0){return .5999999999999946}return .5999999999999946+x*(.4285714285785502+x*(.33333332981837743+x*(.272728123808534+x*(.23066074577556175+x*.20697501780033842))))}module.exports=evalpoly}),35568:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function evalpoly(x){if(x===0){return .16666666666666602}return .16666666666666602+x*(-.0027777777777015593+x*(6613756321437934e-20+x*(-16533902205465252e-22+x*41381367970572385e-24)))}module.exports=evalpoly}),837:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function evalpoly(x){if(x===0){return .5}return .5+x*(-.3333333333333333+x*.25)}module.exports=evalpoly}),55224:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_pow.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/var getHighWord=__webpack_require__(2882);var setHighWord=__webpack_require__(45990);var setLowWord=__webpack_require__(23786);var uint32ToInt32=__webpack_require__(86519);var ldexp=__webpack_require__(83291);var LN2=__webpack_require__(81239);var BIAS=__webpack_require__(11877);var ABS_MASK=__webpack_require__(43935);var HIGH_SIGNIFICAND_MASK=__webpack_require__(28910);var HIGH_NUM_SIGNIFICAND_BITS=__webpack_require__(31277);var polyvalP=__webpack_require__(35568);var HIGH_MIN_NORMAL_EXP=1048576|0;var HIGH_BIASED_EXP_NEG_1=0x3fe00000|0;var LN2_HI=.6931471824645996;var LN2_LO=-1904654299957768e-24;function pow2(j,hp,lp){var tmp;var t1;var t;var r;var u;var v;var w;var z;var n;var i;var k;i=j&ABS_MASK|0;k=(i>>HIGH_NUM_SIGNIFICAND_BITS)-BIAS|0;n=0;if(i>HIGH_BIASED_EXP_NEG_1){n=j+(HIGH_MIN_NORMAL_EXP>>k+1)>>>0;k=((n&ABS_MASK)>>HIGH_NUM_SIGNIFICAND_BITS)-BIAS|0;tmp=(n&~(HIGH_SIGNIFICAND_MASK>>k))>>>0;t=setHighWord(0,tmp);n=(n&HIGH_SIGNIFICAND_MASK|HIGH_MIN_NORMAL_EXP)>>HIGH_NUM_SIGNIFICAND_BITS-k>>>0;if(j<0){n=-n}hp-=t}t=lp+hp;t=setLowWord(t,0);u=t*LN2_HI;v=(lp-(t-hp))*LN2+t*LN2_LO;z=u+v;w=v-(z-u);t=z*z;t1=z-t*polyvalP(t);r=z*t1/(t1-2)-(w+z*w);z=1-(r-z);j=getHighWord(z);j=uint32ToInt32(j);j+=n<<HIGH_NUM_SIGNIFICAND_BITS>>>0;if(j>>HIGH_NUM_SIGNIFICAND_BITS<=0){z=ldexp(z,n)}else{z=setHighWord(z,j)}return z}module.exports=pow2}),72122:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_pow.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/var isOdd=__webpack_require__(97687);var copysign=__webpack_require__(35672);var NINF=__webpack_require__(81475);var PINF=__webpack_require__(50469);function pow(x,y){if(y===NINF){return PINF}if(y===PINF){return 0}if(y>0){if(isOdd(y)){return x}return 0}if(isOdd(y)){return copysign(PINF,x)}return PINF}module.exports=pow}),30888:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_pow.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/var ABS_MASK=__webpack_require__(43935);var getHighWord=__webpack_require__(2882);var HIGH_MAX_NEAR_UNITY=0x3fefffff|0;var HUGE=1e300;var TINY=1e-300;function pow(x,y){var ahx;var hx;hx=getHighWord(x);ahx=hx&ABS_MASK;if(ahx<=HIGH_MAX_NEAR_UNITY){if(y<0){return HUGE*HUGE}return TINY*TINY}if(y>0){return HUGE*HUGE}return TINY*TINY}module.exports=pow}),93355:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var abs=__webpack_require__(66260);var PINF=__webpack_require__(50469);function pow(x,y){if(x===-1){return(x-x)/(x-x)}if(x===1){return 1}if(abs(x)<1===(y===PINF)){return 0}return PINF}module.exports=pow}),74756:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var powm1=__webpack_require__(2603);module.exports=powm1}),2603:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_85_0/boost/math/special_functions/powm1.hpp}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/var isnan=__webpack_require__(86523);var isinfinite=__webpack_require__(57234);var abs=__webpack_require__(66260);var expm1=__webpack_require__(40141);var ln=__webpack_require__(51550);var pow=__webpack_require__(6310);var trunc=__webpack_require__(81262);function powm1(b,x){var result;var y;if(isnan(b)||isnan(x)){return NaN}if(x===0){return 0}if(b===0){return-1}if(b<0&&x%2===0){b=-b}if(b>0){if(abs(x*(b-1))<.5||abs(x)<.2){y=ln(b)*x;if(y<.5){return expm1(y)}}}else if(trunc(x)!==x){return NaN}result=pow(b,x)-1;if(isinfinite(result)||isnan(result)){return NaN}return result}module.exports=powm1}),93982:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var rempio2=__webpack_require__(44385);module.exports=rempio2}),97236:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/k_rem_pio2.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/var floor=__webpack_require__(42334);var ldexp=__webpack_require__(83291);var zeros=__webpack_require__(21830);var IPIO2=[0xa2f983,7228996,1387004,2578385,0xf534dd,0xc0db62,9804092,4427841,0xfe5163,0xabdebb,0xc561b7,2387514,4345298,0xe00649,3074569,0xd1921c,0xfe1deb,1880361,0xa73ee8,8533493,3062596,8710556,7349940,6258241,3772886,3769171,3798172,8675211,0xbdf928,3874808,9961438,366607,0xef2f11,9132554,7151469,3571407,2607881,0xb74f46,4155038,6285869,7677882,0xc7ebe5,0xf17b3d,473591,9065106,0xea6bfb,6271263,9264392,5636912,4652155,7056368,0xcfbc20,0x9af436,1944035,9527646,0xe61b08,6658437,6231200,6832269,0xffd880,5075751,3212806,1398474,7579849,6349435,0xc08c6b];var PIO2=[1.570796251296997,7549789415861596e-23,5390302529957765e-30,3282003415807913e-37,1270655753080676e-44,12293330898111133e-52,27337005381646456e-60,21674168387780482e-67];var TWO24=0x1000000;var TWON24=5960464477539063e-23;var F=zeros(20);var Q=zeros(20);var FQ=zeros(20);var IQ=zeros(20);function compute(x,y,jz,q,q0,jk,jv,jx,f){var carry;var fw;var ih;var jp;var i;var k;var n;var j;var z;jp=jk;z=q[jz];j=jz;for(i=0;j>0;i++){fw=TWON24*z|0;IQ[i]=z-TWO24*fw|0;z=q[j-1]+fw;j-=1}z=ldexp(z,q0);z-=8*floor(z*.125);n=z|0;z-=n;ih=0;if(q0>0){i=IQ[jz-1]>>24-q0;n+=i;IQ[jz-1]-=i<<24-q0;ih=IQ[jz-1]>>23-q0}else if(q0===0){ih=IQ[jz-1]>>23}else if(z>=.5){ih=2}if(ih>0){n+=1;carry=0;for(i=0;i<jz;i++){j=IQ[i];if(carry===0){if(j!==0){carry=1;IQ[i]=0x1000000-j}}else{IQ[i]=0xffffff-j}}if(q0>0){switch(q0){case 1:IQ[jz-1]&=8388607;break;case 2:IQ[jz-1]&=4194303;break}}if(ih===2){z=1-z;if(carry!==0){z-=ldexp(1,q0)}}}if(z===0){j=0;for(i=jz-1;i>=jk;i--){j|=IQ[i]}if(j===0){for(k=1;IQ[jk-k]===0;k++){}for(i=jz+1;i<=jz+k;i++){f[jx+i]=IPIO2[jv+i];fw=0;for(j=0;j<=jx;j++){fw+=x[j]*f[jx+(i-j)]}q[i]=fw}jz+=k;return compute(x,y,jz,q,q0,jk,jv,jx,f)}jz-=1;q0-=24;while(IQ[jz]===0){jz-=1;q0-=24}}else{z=ldexp(z,-q0);if(z>=TWO24){fw=TWON24*z|0;IQ[jz]=z-TWO24*fw|0;jz+=1;q0+=24;IQ[jz]=fw}else{IQ[jz]=z|0}}fw=ldexp(1,q0);for(i=jz;i>=0;i--){q[i]=fw*IQ[i];fw*=TWON24}for(i=jz;i>=0;i--){fw=0;for(k=0;k<=jp&&k<=jz-i;k++){fw+=PIO2[k]*q[i+k]}FQ[jz-i]=fw}fw=0;for(i=jz;i>=0;i--){fw+=FQ[i]}if(ih===0){y[0]=fw}else{y[0]=-fw}fw=FQ[0]-fw;for(i=1;i<=jz;i++){fw+=FQ[i]}if(ih===0){y[1]=fw}else{y[1]=-fw}return n&7}function kernelRempio2(x,y,e0,nx){var fw;var jk;var jv;var jx;var jz;var q0;var i;var j;var m;jk=4;jx=nx-1;jv=(e0-3)/24|0;if(jv<0){jv=0}q0=e0-24*(jv+1);j=jv-jx;m=jx+jk;for(i=0;i<=m;i++){if(j<0){F[i]=0}else{F[i]=IPIO2[j]}j+=1}for(i=0;i<=jk;i++){fw=0;for(j=0;j<=jx;j++){fw+=x[j]*F[jx+(i-j)]}Q[i]=fw}jz=jk;return compute(x,y,jz,Q,q0,jk,jv,jx,F)}module.exports=kernelRempio2}),44385:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/e_rem_pio2.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
*
* Optimized by Bruce D. Evans.
* ```
*/var ABS_MASK=__webpack_require__(43935);var EXPONENT_MASK=__webpack_require__(30222);var SIGNIFICAND_MASK=__webpack_require__(28910);var getHighWord=__webpack_require__(2882);var getLowWord=__webpack_require__(31662);var fromWords=__webpack_require__(17844);var rempio2Kernel=__webpack_require__(97236);var rempio2Medium=__webpack_require__(92880);var ZERO=0;var TWO24=0x1000000;var PIO2_1=1.5707963267341256;var PIO2_1T=6077100506506192e-26;var TWO_PIO2_1T=2*PIO2_1T;var THREE_PIO2_1T=3*PIO2_1T;var FOUR_PIO2_1T=4*PIO2_1T;var PI_HIGH_WORD_SIGNIFICAND=598523|0;var PIO4_HIGH_WORD=0x3fe921fb|0;var THREE_PIO4_HIGH_WORD=0x4002d97c|0;var FIVE_PIO4_HIGH_WORD=0x400f6a7a|0;var THREE_PIO2_HIGH_WORD=0x4012d97c|0;var SEVEN_PIO4_HIGH_WORD=0x4015fdbc|0;var TWO_PI_HIGH_WORD=0x401921fb|0;var NINE_PIO4_HIGH_WORD=0x401c463b|0;var MEDIUM=0x413921fb|0;var TX=[0,0,0];var TY=[0,0];function rempio2(x,y){var low;var e0;var hx;var ix;var nx;var i;var n;var z;hx=getHighWord(x)|0;ix=hx&ABS_MASK|0;if(ix<=PIO4_HIGH_WORD){y[0]=x;y[1]=0;return 0}if(ix<=FIVE_PIO4_HIGH_WORD){if((ix&SIGNIFICAND_MASK)===PI_HIGH_WORD_SIGNIFICAND){return rempio2Medium(x,ix,y)}if(ix<=THREE_PIO4_HIGH_WORD){if(hx>0){z=x-PIO2_1;y[0]=z-PIO2_1T;y[1]=z-y[0]-PIO2_1T;return 1}z=x+PIO2_1;y[0]=z+PIO2_1T;y[1]=z-y[0]+PIO2_1T;return-1}if(hx>0){z=x-2*PIO2_1;y[0]=z-TWO_PIO2_1T;y[1]=z-y[0]-TWO_PIO2_1T;return 2}z=x+2*PIO2_1;y[0]=z+TWO_PIO2_1T;y[1]=z-y[0]+TWO_PIO2_1T;return-2}if(ix<=NINE_PIO4_HIGH_WORD){if(ix<=SEVEN_PIO4_HIGH_WORD){if(ix===THREE_PIO2_HIGH_WORD){return rempio2Medium(x,ix,y)}if(hx>0){z=x-3*PIO2_1;y[0]=z-THREE_PIO2_1T;y[1]=z-y[0]-THREE_PIO2_1T;return 3}z=x+3*PIO2_1;y[0]=z+THREE_PIO2_1T;y[1]=z-y[0]+THREE_PIO2_1T;return-3}if(ix===TWO_PI_HIGH_WORD){return rempio2Medium(x,ix,y)}if(hx>0){z=x-4*PIO2_1;y[0]=z-FOUR_PIO2_1T;y[1]=z-y[0]-FOUR_PIO2_1T;return 4}z=x+4*PIO2_1;y[0]=z+FOUR_PIO2_1T;y[1]=z-y[0]+FOUR_PIO2_1T;return-4}if(ix<MEDIUM){return rempio2Medium(x,ix,y)}if(ix>=EXPONENT_MASK){y[0]=NaN;y[1]=NaN;return 0}low=getLowWord(x);e0=(ix>>20)-1046;z=fromWords(ix-(e0<<20|0),low);for(i=0;i<2;i++){TX[i]=z|0;z=(z-TX[i])*TWO24}TX[2]=z;nx=3;while(TX[nx-1]===ZERO){nx-=1}n=rempio2Kernel(TX,TY,e0,nx,1);if(hx<0){y[0]=-TY[0];y[1]=-TY[1];return-n}y[0]=TY[0];y[1]=TY[1];return n}module.exports=rempio2}),92880:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/k_rem_pio2.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/var round=__webpack_require__(18972);var getHighWord=__webpack_require__(2882);var INVPIO2=.6366197723675814;var PIO2_1=1.5707963267341256;var PIO2_1T=6077100506506192e-26;var PIO2_2=6077100506303966e-26;var PIO2_2T=20222662487959506e-37;var PIO2_3=20222662487111665e-37;var PIO2_3T=84784276603689e-45;var EXPONENT_MASK=2047|0;function rempio2Medium(x,ix,y){var high;var n;var t;var r;var w;var i;var j;n=round(x*INVPIO2);r=x-n*PIO2_1;w=n*PIO2_1T;j=ix>>20|0;y[0]=r-w;high=getHighWord(y[0]);i=j-(high>>20&EXPONENT_MASK);if(i>16){t=r;w=n*PIO2_2;r=t-w;w=n*PIO2_2T-(t-r-w);y[0]=r-w;high=getHighWord(y[0]);i=j-(high>>20&EXPONENT_MASK);if(i>49){t=r;w=n*PIO2_3;r=t-w;w=n*PIO2_3T-(t-r-w);y[0]=r-w}}y[1]=r-y[0]-w;return n}module.exports=rempio2Medium}),18972:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(66547);module.exports=main}),66547:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var round=Math.round;module.exports=round}),61794:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(53205);module.exports=main}),53205:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright, license, and long comment were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_sin.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/var HIGH_WORD_ABS_MASK=__webpack_require__(43935);var HIGH_WORD_EXPONENT_MASK=__webpack_require__(30222);var getHighWord=__webpack_require__(2882);var kernelCos=__webpack_require__(71567);var kernelSin=__webpack_require__(70186);var rempio2=__webpack_require__(93982);var PIO4_HIGH_WORD=0x3fe921fb|0;var SMALL_HIGH_WORD=0x3e500000|0;var Y=[0,0];function sin(x){var ix;var n;ix=getHighWord(x);ix&=HIGH_WORD_ABS_MASK;if(ix<=PIO4_HIGH_WORD){if(ix<SMALL_HIGH_WORD){return x}return kernelSin(x,0)}if(ix>=HIGH_WORD_EXPONENT_MASK){return NaN}n=rempio2(x,Y);switch(n&3){case 0:return kernelSin(Y[0],Y[1]);case 1:return kernelCos(Y[0],Y[1]);case 2:return-kernelSin(Y[0],Y[1]);default:return-kernelCos(Y[0],Y[1])}}module.exports=sin}),18901:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(83012);module.exports=main}),83012:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var isnan=__webpack_require__(86523);var isInfinite=__webpack_require__(57234);var cos=__webpack_require__(99191);var sin=__webpack_require__(61794);var abs=__webpack_require__(66260);var copysign=__webpack_require__(35672);var PI=__webpack_require__(39701);function sinpi(x){var ar;var r;if(isnan(x)){return NaN}if(isInfinite(x)){return NaN}r=x%2;ar=abs(r);if(ar===0||ar===1){return copysign(0,r)}if(ar<.25){return sin(PI*r)}if(ar<.75){ar=.5-ar;return copysign(cos(PI*ar),r)}if(ar<1.25){r=copysign(1,r)-r;return sin(PI*r)}if(ar<1.75){ar-=1.5;return-copysign(cos(PI*ar),r)}r-=copysign(2,r);return sin(PI*r)}module.exports=sinpi}),15478:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(91689);module.exports=main}),91689:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var sqrt=Math.sqrt;module.exports=sqrt}),81262:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(92657);module.exports=main}),92657:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var floor=__webpack_require__(42334);var ceil=__webpack_require__(3385);function trunc(x){if(x<0){return ceil(x)}return floor(x)}module.exports=trunc}),13962:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var abs=__webpack_require__(66260);var EPS=__webpack_require__(55088);var FLOAT32_SMALLEST_NORMAL=__webpack_require__(28858);var MAX_ITER=1e6;function continuedFractionA(gen,factor,maxIter){var delta;var a0;var C;var D;var f;var v;v=gen();f=v[1];a0=v[0];if(f===0){f=FLOAT32_SMALLEST_NORMAL}C=f;D=0;do{v=gen();if(v){D=v[1]+v[0]*D;if(D===0){D=FLOAT32_SMALLEST_NORMAL}C=v[1]+v[0]/C;if(C===0){C=FLOAT32_SMALLEST_NORMAL}D=1/D;delta=C*D;f*=delta}}while(v&&abs(delta-1)>factor&&--maxIter);return a0/f}function continuedFractionB(gen,factor,maxIter){var delta;var C;var D;var f;var v;v=gen();f=v[1];if(f===0){f=FLOAT32_SMALLEST_NORMAL}C=f;D=0;do{v=gen();if(v){D=v[1]+v[0]*D;if(D===0){D=FLOAT32_SMALLEST_NORMAL}C=v[1]+v[0]/C;if(C===0){C=FLOAT32_SMALLEST_NORMAL}D=1/D;delta=C*D;f*=delta}}while(v&&abs(delta-1)>factor&&--maxIter);return f}function continuedFraction(generator,options){var maxIter;var opts;var eps;opts={};if(arguments.length>1){opts=options}eps=opts.tolerance||EPS;maxIter=opts.maxIter||MAX_ITER;if(opts.keep){return continuedFractionB(generator,eps,maxIter)}return continuedFractionA(generator,eps,maxIter)}module.exports=continuedFraction}),57028:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var abs=__webpack_require__(66260);var FLOAT32_SMALLEST_NORMAL=__webpack_require__(28858);var EPS=__webpack_require__(55088);var MAX_ITER=1e6;function continuedFractionA(gen,factor,maxIter){var isgenerator;var delta;var a0;var f;var C;var D;var v;isgenerator=typeof gen.next==="function";v=isgenerator?gen.next().value:gen();f=v[1];a0=v[0];if(f===0){f=FLOAT32_SMALLEST_NORMAL}C=f;D=0;if(isgenerator===true){do{v=gen.next().value;if(v){D=v[1]+v[0]*D;if(D===0){D=FLOAT32_SMALLEST_NORMAL}C=v[1]+v[0]/C;if(C===0){C=FLOAT32_SMALLEST_NORMAL}D=1/D;delta=C*D;f*=delta}}while(abs(delta-1)>factor&&--maxIter)}else{do{v=gen();if(v){D=v[1]+v[0]*D;if(D===0){D=FLOAT32_SMALLEST_NORMAL}C=v[1]+v[0]/C;if(C===0){C=FLOAT32_SMALLEST_NORMAL}D=1/D;delta=C*D;f*=delta}}while(v&&abs(delta-1)>factor&&--maxIter)}return a0/f}function continuedFractionB(gen,factor,maxIter){var isgenerator;var delta;var f;var C;var D;var v;isgenerator=typeof gen.next==="function";v=isgenerator?gen.next().value:gen();f=v[1];if(f===0){f=FLOAT32_SMALLEST_NORMAL}C=f;D=0;if(isgenerator===true){do{v=gen.next().value;if(v){D=v[1]+v[0]*D;if(D===0){D=FLOAT32_SMALLEST_NORMAL}C=v[1]+v[0]/C;if(C===0){C=FLOAT32_SMALLEST_NORMAL}D=1/D;delta=C*D;f*=delta}}while(v&&abs(delta-1)>factor&&--maxIter)}else{do{v=gen();if(v){D=v[1]+v[0]*D;if(D===0){D=FLOAT32_SMALLEST_NORMAL}C=v[1]+v[0]/C;if(C===0){C=FLOAT32_SMALLEST_NORMAL}D=1/D;delta=C*D;f*=delta}}while(v&&abs(delta-1)>factor&&--maxIter)}return f}function continuedFraction(generator,options){var maxIter;var opts;var eps;opts={};if(arguments.length>1){opts=options}maxIter=opts.maxIter||MAX_ITER;eps=opts.tolerance||EPS;if(opts.keep){return continuedFractionB(generator,eps,maxIter)}return continuedFractionA(generator,eps,maxIter)}module.exports=continuedFraction}),30508:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var hasGeneratorSupport=__webpack_require__(67640);var generator=__webpack_require__(57028);var basic=__webpack_require__(13962);var continuedFraction;if(hasGeneratorSupport()){continuedFraction=generator}else{continuedFraction=basic}module.exports=continuedFraction}),71278:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var Fcn=__webpack_require__(36990);var evalpoly=__webpack_require__(93767);function factory(c){var f;var n;var m;var i;if(c.length>500){return polyval}f="return function evalpoly(x){";n=c.length;if(n===0){f+="return 0.0;"}else if(n===1){f+="return "+c[0]+";"}else{f+="if(x===0.0){return "+c[0]+";}";f+="return "+c[0];m=n-1;for(i=1;i<n;i++){f+="+x*";if(i<m){f+="("}f+=c[i]}for(i=0;i<m-1;i++){f+=")"}f+=";"}f+="}";f+="//# sourceURL=evalpoly.factory.js";return new Fcn(f)();function polyval(x){return evalpoly(c,x)}}module.exports=factory}),62096:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var setReadOnly=__webpack_require__(4568);var main=__webpack_require__(93767);var factory=__webpack_require__(71278);setReadOnly(main,"factory",factory);module.exports=main}),93767:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function evalpoly(c,x){var p;var i;i=c.length;if(i<2||x===0){if(i===0){return 0}return c[0]}i-=1;p=c[i]*x+c[i-1];i-=2;while(i>=0){p=p*x+c[i];i-=1}return p}module.exports=evalpoly}),56049:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var abs=__webpack_require__(66260);var EPS=__webpack_require__(55088);var MAX_TERMS=1e6;function sumSeries(generator,options){var tolerance;var nextTerm;var counter;var result;var opts;opts={};if(arguments.length>1){opts=options}tolerance=opts.tolerance||EPS;counter=opts.maxTerms||MAX_TERMS;result=opts.initialValue||0;do{nextTerm=generator();result+=nextTerm}while(abs(tolerance*result)<abs(nextTerm)&&--counter);return result}module.exports=sumSeries}),13333:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var abs=__webpack_require__(66260);var EPS=__webpack_require__(55088);var MAX_TERMS=1e6;function sumSeries(generator,options){var isgenerator;var tolerance;var nextTerm;var counter;var result;var opts;opts={};if(arguments.length>1){opts=options}tolerance=opts.tolerance||EPS;counter=opts.maxTerms||MAX_TERMS;result=opts.initialValue||0;isgenerator=typeof generator.next==="function";if(isgenerator===true){for(nextTerm of generator){result+=nextTerm;if(abs(tolerance*result)>=abs(nextTerm)||--counter===0){break}}}else{do{nextTerm=generator();result+=nextTerm}while(abs(tolerance*result)<abs(nextTerm)&&--counter)}return result}module.exports=sumSeries}),96491:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var hasGeneratorSupport=__webpack_require__(67640);var generator=__webpack_require__(13333);var basic=__webpack_require__(56049);var sumSeries;if(hasGeneratorSupport()){sumSeries=generator}else{sumSeries=basic}module.exports=sumSeries}),84241:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(97696);module.exports=main}),97696:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/module.exports=Number}),6075:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(67014);module.exports=main}),67014:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var getHighWord=__webpack_require__(2882);var EXP_MASK=__webpack_require__(30222);var BIAS=__webpack_require__(11877);function exponent(x){var high=getHighWord(x);high=(high&EXP_MASK)>>>20;return high-BIAS|0}module.exports=exponent}),17844:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(15259);module.exports=main}),99593:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var isLittleEndian=__webpack_require__(40347);var indices;var HIGH;var LOW;if(isLittleEndian===true){HIGH=1;LOW=0}else{HIGH=0;LOW=1}indices={"HIGH":HIGH,"LOW":LOW};module.exports=indices}),15259:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var Uint32Array1=__webpack_require__(47096);var Float64Array1=__webpack_require__(69979);var indices=__webpack_require__(99593);var FLOAT64_VIEW=new Float64Array1(1);var UINT32_VIEW=new Uint32Array1(FLOAT64_VIEW.buffer);var HIGH=indices.HIGH;var LOW=indices.LOW;function fromWords(high,low){UINT32_VIEW[HIGH]=high;UINT32_VIEW[LOW]=low;return FLOAT64_VIEW[0]}module.exports=fromWords}),69828:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var isLittleEndian=__webpack_require__(40347);var HIGH;if(isLittleEndian===true){HIGH=1}else{HIGH=0}module.exports=HIGH}),2882:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(16053);module.exports=main}),16053:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var Uint32Array1=__webpack_require__(47096);var Float64Array1=__webpack_require__(69979);var HIGH=__webpack_require__(69828);var FLOAT64_VIEW=new Float64Array1(1);var UINT32_VIEW=new Uint32Array1(FLOAT64_VIEW.buffer);function getHighWord(x){FLOAT64_VIEW[0]=x;return UINT32_VIEW[HIGH]}module.exports=getHighWord}),31662:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(23761);module.exports=main}),75844:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var isLittleEndian=__webpack_require__(40347);var LOW;if(isLittleEndian===true){LOW=0}else{LOW=1}module.exports=LOW}),23761:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var Uint32Array1=__webpack_require__(47096);var Float64Array1=__webpack_require__(69979);var LOW=__webpack_require__(75844);var FLOAT64_VIEW=new Float64Array1(1);var UINT32_VIEW=new Uint32Array1(FLOAT64_VIEW.buffer);function getLowWord(x){FLOAT64_VIEW[0]=x;return UINT32_VIEW[LOW]}module.exports=getLowWord}),40750:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var FLOAT64_SMALLEST_NORMAL=__webpack_require__(55417);var isInfinite=__webpack_require__(57234);var isnan=__webpack_require__(86523);var abs=__webpack_require__(66260);var SCALAR=0x10000000000000;function normalize(x,out,stride,offset){if(isnan(x)||isInfinite(x)){out[offset]=x;out[offset+stride]=0;return out}if(x!==0&&abs(x)<FLOAT64_SMALLEST_NORMAL){out[offset]=x*SCALAR;out[offset+stride]=-52;return out}out[offset]=x;out[offset+stride]=0;return out}module.exports=normalize}),79335:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var setReadOnly=__webpack_require__(4568);var main=__webpack_require__(86754);var assign=__webpack_require__(40750);setReadOnly(main,"assign",assign);module.exports=main}),86754:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var fcn=__webpack_require__(40750);function normalize(x){return fcn(x,[0,0],1,0)}module.exports=normalize}),72880:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var isLittleEndian=__webpack_require__(40347);var HIGH;if(isLittleEndian===true){HIGH=1}else{HIGH=0}module.exports=HIGH}),45990:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(96921);module.exports=main}),96921:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var Uint32Array1=__webpack_require__(47096);var Float64Array1=__webpack_require__(69979);var HIGH=__webpack_require__(72880);var FLOAT64_VIEW=new Float64Array1(1);var UINT32_VIEW=new Uint32Array1(FLOAT64_VIEW.buffer);function setHighWord(x,high){FLOAT64_VIEW[0]=x;UINT32_VIEW[HIGH]=high>>>0;return FLOAT64_VIEW[0]}module.exports=setHighWord}),23786:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(10253);module.exports=main}),79760:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var isLittleEndian=__webpack_require__(40347);var LOW;if(isLittleEndian===true){LOW=0}else{LOW=1}module.exports=LOW}),10253:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var Uint32Array1=__webpack_require__(47096);var Float64Array1=__webpack_require__(69979);var LOW=__webpack_require__(79760);var FLOAT64_VIEW=new Float64Array1(1);var UINT32_VIEW=new Uint32Array1(FLOAT64_VIEW.buffer);function setLowWord(x,low){FLOAT64_VIEW[0]=x;UINT32_VIEW[LOW]=low>>>0;return FLOAT64_VIEW[0]}module.exports=setLowWord}),65132:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var Uint32Array1=__webpack_require__(47096);var Float64Array1=__webpack_require__(69979);var indices=__webpack_require__(33808);var FLOAT64_VIEW=new Float64Array1(1);var UINT32_VIEW=new Uint32Array1(FLOAT64_VIEW.buffer);var HIGH=indices.HIGH;var LOW=indices.LOW;function toWords(x,out,stride,offset){FLOAT64_VIEW[0]=x;out[offset]=UINT32_VIEW[HIGH];out[offset+stride]=UINT32_VIEW[LOW];return out}module.exports=toWords}),87949:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var setReadOnly=__webpack_require__(4568);var main=__webpack_require__(16364);var assign=__webpack_require__(65132);setReadOnly(main,"assign",assign);module.exports=main}),33808:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var isLittleEndian=__webpack_require__(40347);var indices;var HIGH;var LOW;if(isLittleEndian===true){HIGH=1;LOW=0}else{HIGH=0;LOW=1}indices={"HIGH":HIGH,"LOW":LOW};module.exports=indices}),16364:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var fcn=__webpack_require__(65132);function toWords(x){return fcn(x,[0>>>0,0>>>0],1,0)}module.exports=toWords}),86519:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var uint32ToInt32=__webpack_require__(73234);module.exports=uint32ToInt32}),73234:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function uint32ToInt32(x){return x|0}module.exports=uint32ToInt32}),92029:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var abs=Math.abs;var lowercase=String.prototype.toLowerCase;var uppercase=String.prototype.toUpperCase;var replace=String.prototype.replace;var RE_EXP_POS_DIGITS=/e\+(\d)$/;var RE_EXP_NEG_DIGITS=/e-(\d)$/;var RE_ONLY_DIGITS=/^(\d+)$/;var RE_DIGITS_BEFORE_EXP=/^(\d+)e/;var RE_TRAILING_PERIOD_ZERO=/\.0$/;var RE_PERIOD_ZERO_EXP=/\.0*e/;var RE_ZERO_BEFORE_EXP=/(\..*[^0])0*e/;function formatDouble(f,token){var digits;var out;switch(token.specifier){case"e":case"E":out=f.toExponential(token.precision);break;case"f":case"F":out=f.toFixed(token.precision);break;case"g":case"G":if(abs(f)<1e-4){digits=token.precision;if(digits>0){digits-=1}out=f.toExponential(digits)}else{out=f.toPrecision(token.precision)}if(!token.alternate){out=replace.call(out,RE_ZERO_BEFORE_EXP,"$1e");out=replace.call(out,RE_PERIOD_ZERO_EXP,"e");out=replace.call(out,RE_TRAILING_PERIOD_ZERO,"")}break;default:throw new Error("invalid double notation. Value: "+token.specifier)}out=replace.call(out,RE_EXP_POS_DIGITS,"e+0$1");out=replace.call(out,RE_EXP_NEG_DIGITS,"e-0$1");if(token.alternate){out=replace.call(out,RE_ONLY_DIGITS,"$1.");out=replace.call(out,RE_DIGITS_BEFORE_EXP,"$1.e")}if(f>=0&&token.sign){out=token.sign+out}out=token.specifier===uppercase.call(token.specifier)?uppercase.call(out):lowercase.call(out);return out}module.exports=formatDouble}),91836:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var isNumber=__webpack_require__(86392);var zeroPad=__webpack_require__(20122);var lowercase=String.prototype.toLowerCase;var uppercase=String.prototype.toUpperCase;function formatInteger(token){var base;var out;var i;switch(token.specifier){case"b":base=2;break;case"o":base=8;break;case"x":case"X":base=16;break;case"d":case"i":case"u":default:base=10;break}out=token.arg;i=parseInt(out,10);if(!isFinite(i)){if(!isNumber(out)){throw new Error("invalid integer. Value: "+out)}i=0}if(i<0&&(token.specifier==="u"||base!==10)){i=0xffffffff+i+1}if(i<0){out=(-i).toString(base);if(token.precision){out=zeroPad(out,token.precision,token.padRight)}out="-"+out}else{out=i.toString(base);if(!i&&!token.precision){out=""}else if(token.precision){out=zeroPad(out,token.precision,token.padRight)}if(token.sign){out=token.sign+out}}if(base===16){if(token.alternate){out="0x"+out}out=token.specifier===uppercase.call(token.specifier)?uppercase.call(out):lowercase.call(out)}if(base===8){if(token.alternate&&out.charAt(0)!=="0"){out="0"+out}}return out}module.exports=formatInteger}),50024:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(84879);module.exports=main}),86392:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function isNumber(value){return typeof value==="number"}module.exports=isNumber}),97852:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function isString(value){return typeof value==="string"}module.exports=isString}),84879:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var formatInteger=__webpack_require__(91836);var isString=__webpack_require__(97852);var isNumber=__webpack_require__(86392);var formatDouble=__webpack_require__(92029);var spacePad=__webpack_require__(34484);var zeroPad=__webpack_require__(20122);var fromCharCode=String.fromCharCode;var isArray=Array.isArray;function isnan(value){return value!==value}function initialize(token){var out={};out.specifier=token.specifier;out.precision=token.precision===void 0?1:token.precision;out.width=token.width;out.flags=token.flags||"";out.mapping=token.mapping;return out}function formatInterpolate(tokens){var hasPeriod;var flags;var token;var flag;var num;var out;var pos;var f;var i;var j;if(!isArray(tokens)){throw new TypeError("invalid argument. First argument must be an array. Value: `"+tokens+"`.")}out="";pos=1;for(i=0;i<tokens.length;i++){token=tokens[i];if(isString(token)){out+=token}else{hasPeriod=token.precision!==void 0;token=initialize(token);if(!token.specifier){throw new TypeError("invalid argument. Token is missing `specifier` property. Index: `"+i+"`. Value: `"+token+"`.")}if(token.mapping){pos=token.mapping}flags=token.flags;for(j=0;j<flags.length;j++){flag=flags.charAt(j);switch(flag){case" ":token.sign=" ";break;case"+":token.sign="+";break;case"-":token.padRight=true;token.padZeros=false;break;case"0":token.padZeros=flags.indexOf("-")<0;break;case"#":token.alternate=true;break;default:throw new Error("invalid flag: "+flag)}}if(token.width==="*"){token.width=parseInt(arguments[pos],10);pos+=1;if(isnan(token.width)){throw new TypeError("the argument for * width at position "+pos+" is not a number. Value: `"+token.width+"`.")}if(token.width<0){token.padRight=true;token.width=-token.width}}if(hasPeriod){if(token.precision==="*"){token.precision=parseInt(arguments[pos],10);pos+=1;if(isnan(token.precision)){throw new TypeError("the argument for * precision at position "+pos+" is not a number. Value: `"+token.precision+"`.")}if(token.precision<0){token.precision=1;hasPeriod=false}}}token.arg=arguments[pos];switch(token.specifier){case"b":case"o":case"x":case"X":case"d":case"i":case"u":if(hasPeriod){token.padZeros=false}token.arg=formatInteger(token);break;case"s":token.maxWidth=hasPeriod?token.precision:-1;token.arg=String(token.arg);break;case"c":if(!isnan(token.arg)){num=parseInt(token.arg,10);if(num<0||num>127){throw new Error("invalid character code. Value: "+token.arg)}token.arg=isnan(num)?String(token.arg):fromCharCode(num)}break;case"e":case"E":case"f":case"F":case"g":case"G":if(!hasPeriod){token.precision=6}f=parseFloat(token.arg);if(!isFinite(f)){if(!isNumber(token.arg)){throw new Error("invalid floating-point number. Value: "+out)}f=token.arg;token.padZeros=false}token.arg=formatDouble(f,token);break;default:throw new Error("invalid specifier: "+token.specifier)}if(token.maxWidth>=0&&token.arg.length>token.maxWidth){token.arg=token.arg.substring(0,token.maxWidth)}if(token.padZeros){token.arg=zeroPad(token.arg,token.width||token.precision,token.padRight)}else if(token.width){token.arg=spacePad(token.arg,token.width,token.padRight)}out+=token.arg||"";pos+=1}}return out}module.exports=formatInterpolate}),34484:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function spaces(n){var out="";var i;for(i=0;i<n;i++){out+=" "}return out}function spacePad(str,width,right){var pad=width-str.length;if(pad<0){return str}str=right?str+spaces(pad):spaces(pad)+str;return str}module.exports=spacePad}),20122:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function startsWithMinus(str){return str[0]==="-"}function zeros(n){var out="";var i;for(i=0;i<n;i++){out+="0"}return out}function zeroPad(str,width,right){var negative=false;var pad=width-str.length;if(pad<0){return str}if(startsWithMinus(str)){negative=true;str=str.substr(1)}str=right?str+zeros(pad):zeros(pad)+str;if(negative){str="-"+str}return str}module.exports=zeroPad}),19340:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(58755);module.exports=main}),58755:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var RE=/%(?:([1-9]\d*)\$)?([0 +\-#]*)(\*|\d+)?(?:(\.)(\*|\d+)?)?[hlL]?([%A-Za-z])/g;function parse(match){var token={"mapping":match[1]?parseInt(match[1],10):void 0,"flags":match[2],"width":match[3],"precision":match[5],"specifier":match[6]};if(match[4]==="."&&match[5]===void 0){token.precision="1"}return token}function formatTokenize(str){var content;var tokens;var match;var prev;tokens=[];prev=0;match=RE.exec(str);while(match){content=str.slice(prev,RE.lastIndex-match[0].length);if(content.length){tokens.push(content)}if(match[6]==="%"){tokens.push("%")}else{tokens.push(parse(match))}prev=RE.lastIndex;match=RE.exec(str)}content=str.slice(prev);if(content.length){tokens.push(content)}return tokens}module.exports=formatTokenize}),17760:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(63191);module.exports=main}),28676:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function isString(value){return typeof value==="string"}module.exports=isString}),63191:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var interpolate=__webpack_require__(50024);var tokenize=__webpack_require__(19340);var isString=__webpack_require__(28676);function format(str){var args;var i;if(!isString(str)){throw new TypeError(format("invalid argument. First argument must be a string. Value: `%s`.",str))}args=[tokenize(str)];for(i=1;i<arguments.length;i++){args.push(arguments[i])}return interpolate.apply(null,args)}module.exports=format}),32038:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(62873);module.exports=main}),62873:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var Sym=typeof Symbol==="function"?Symbol:void 0;module.exports=Sym}),4568:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(26239);module.exports=main}),26239:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var defineProperty=__webpack_require__(50708);function setNonEnumerableReadOnly(obj,prop,value){defineProperty(obj,prop,{"configurable":false,"enumerable":false,"writable":false,"value":value})}module.exports=setNonEnumerableReadOnly}),97619:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var defineProperty=Object.defineProperty;module.exports=defineProperty}),15141:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2021 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=typeof Object.defineProperty==="function"?Object.defineProperty:null;module.exports=main}),32342:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2021 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var defineProperty=__webpack_require__(15141);function hasDefinePropertySupport(){try{defineProperty({},"x",{});return true}catch(err){return false}}module.exports=hasDefinePropertySupport}),50708:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var hasDefinePropertySupport=__webpack_require__(32342);var builtin=__webpack_require__(97619);var polyfill=__webpack_require__(80061);var defineProperty;if(hasDefinePropertySupport()){defineProperty=builtin}else{defineProperty=polyfill}module.exports=defineProperty}),80061:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var format=__webpack_require__(17760);var objectProtoype=Object.prototype;var toStr=objectProtoype.toString;var defineGetter=objectProtoype.__defineGetter__;var defineSetter=objectProtoype.__defineSetter__;var lookupGetter=objectProtoype.__lookupGetter__;var lookupSetter=objectProtoype.__lookupSetter__;function defineProperty(obj,prop,descriptor){var prototype;var hasValue;var hasGet;var hasSet;if(typeof obj!=="object"||obj===null||toStr.call(obj)==="[object Array]"){throw new TypeError(format("invalid argument. First argument must be an object. Value: `%s`.",obj))}if(typeof descriptor!=="object"||descriptor===null||toStr.call(descriptor)==="[object Array]"){throw new TypeError(format("invalid argument. Property descriptor must be an object. Value: `%s`.",descriptor))}hasValue="value"in descriptor;if(hasValue){if(lookupGetter.call(obj,prop)||lookupSetter.call(obj,prop)){prototype=obj.__proto__;obj.__proto__=objectProtoype;delete obj[prop];obj[prop]=descriptor.value;obj.__proto__=prototype}else{obj[prop]=descriptor.value}}hasGet="get"in descriptor;hasSet="set"in descriptor;if(hasValue&&(hasGet||hasSet)){throw new Error("invalid argument. Cannot specify one or more accessors and a value or writable attribute in the property descriptor.")}if(hasGet&&defineGetter){defineGetter.call(obj,prop,descriptor.get)}if(hasSet&&defineSetter){defineSetter.call(obj,prop,descriptor.set)}return obj}module.exports=defineProperty}),13595:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var evil=eval;module.exports=evil}),547:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var hasToStringTag=__webpack_require__(9501);var builtin=__webpack_require__(31006);var polyfill=__webpack_require__(9728);var main;if(hasToStringTag()){main=polyfill}else{main=builtin}module.exports=main}),31006:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var toStr=__webpack_require__(55763);function nativeClass(v){return toStr.call(v)}module.exports=nativeClass}),9728:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var hasOwnProp=__webpack_require__(31907);var toStringTag=__webpack_require__(94499);var toStr=__webpack_require__(55763);function nativeClass(v){var isOwn;var tag;var out;if(v===null||v===void 0){return toStr.call(v)}tag=v[toStringTag];isOwn=hasOwnProp(v,toStringTag);try{v[toStringTag]=void 0}catch(err){return toStr.call(v)}out=toStr.call(v);if(isOwn){v[toStringTag]=tag}else{delete v[toStringTag]}return out}module.exports=nativeClass}),55763:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var toStr=Object.prototype.toString;module.exports=toStr}),94499:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var Symbol1=__webpack_require__(32038);var toStrTag=typeof Symbol1==="function"?Symbol1.toStringTag:"";module.exports=toStrTag}),23430:(module=>{module.exports=function equal(a,b){if(a===b)return true;if(a&&b&&typeof a=="object"&&typeof b=="object"){if(a.constructor!==b.constructor)return false;var length,i,keys;if(Array.isArray(a)){length=a.length;if(length!=b.length)return false;for(i=length;i--!==0;)if(!equal(a[i],b[i]))return false;return true}if(a.constructor===RegExp)return a.source===b.source&&a.flags===b.flags;if(a.valueOf!==Object.prototype.valueOf)return a.valueOf()===b.valueOf();if(a.toString!==Object.prototype.toString)return a.toString()===b.toString();keys=Object.keys(a);length=keys.length;if(length!==Object.keys(b).length)return false;for(i=length;i--!==0;)if(!Object.prototype.hasOwnProperty.call(b,keys[i]))return false;for(i=length;i--!==0;){var key=keys[i];if(!equal(a[key],b[key]))return false}return true}return a!==a&&b!==b}}),21916:((__unused_webpack_module,exports)=>{var __webpack_unused_export__;__webpack_unused_export__=true;exports.Io=exports.kp=void 0;var peq=new Uint32Array(65536);var myers_32=function(a,b){var n=a.length;var m=b.length;var lst=1<<n-1;var pv=-1;var mv=0;var sc=n;var i=n;while(i--){peq[a.charCodeAt(i)]|=1<<i}for(i=0;i<m;i++){var eq=peq[b.charCodeAt(i)];var xv=eq|mv;eq|=(eq&pv)+pv^pv;mv|=~(eq|pv);pv&=eq;if(mv&lst){sc++}if(pv&lst){sc--}mv=mv<<1|1;pv=pv<<1|~(xv|mv);mv&=xv}i=n;while(i--){peq[a.charCodeAt(i)]=0}return sc};var myers_x=function(b,a){var n=a.length;var m=b.length;var mhc=[];var phc=[];var hsize=Math.ceil(n/32);var vsize=Math.ceil(m/32);for(var i=0;i<hsize;i++){phc[i]=-1;mhc[i]=0}var j=0;for(;j<vsize-1;j++){var mv_1=0;var pv_1=-1;var start_1=j*32;var vlen_1=Math.min(32,m)+start_1;for(var k=start_1;k<vlen_1;k++){peq[b.charCodeAt(k)]|=1<<k}for(var i=0;i<n;i++){var eq=peq[a.charCodeAt(i)];var pb=phc[i/32|0]>>>i&1;var mb=mhc[i/32|0]>>>i&1;var xv=eq|mv_1;var xh=((eq|mb)&pv_1)+pv_1^pv_1|eq|mb;var ph=mv_1|~(xh|pv_1);var mh=pv_1&xh;if(ph>>>31^pb){phc[i/32|0]^=1<<i}if(mh>>>31^mb){mhc[i/32|0]^=1<<i}ph=ph<<1|pb;mh=mh<<1|mb;pv_1=mh|~(xv|ph);mv_1=ph&xv}for(var k=start_1;k<vlen_1;k++){peq[b.charCodeAt(k)]=0}}var mv=0;var pv=-1;var start=j*32;var vlen=Math.min(32,m-start)+start;for(var k=start;k<vlen;k++){peq[b.charCodeAt(k)]|=1<<k}var score=m;for(var i=0;i<n;i++){var eq=peq[a.charCodeAt(i)];var pb=phc[i/32|0]>>>i&1;var mb=mhc[i/32|0]>>>i&1;var xv=eq|mv;var xh=((eq|mb)&pv)+pv^pv|eq|mb;var ph=mv|~(xh|pv);var mh=pv&xh;score+=ph>>>m-1&1;score-=mh>>>m-1&1;if(ph>>>31^pb){phc[i/32|0]^=1<<i}if(mh>>>31^mb){mhc[i/32|0]^=1<<i}ph=ph<<1|pb;mh=mh<<1|mb;pv=mh|~(xv|ph);mv=ph&xv}for(var k=start;k<vlen;k++){peq[b.charCodeAt(k)]=0}return score};var distance=function(a,b){if(a.length<b.length){var tmp=b;b=a;a=tmp}if(b.length===0){return a.length}if(a.length<=32){return myers_32(a,b)}return myers_x(a,b)};exports.Io=distance;var closest=function(str,arr){var min_distance=Infinity;var min_index=0;for(var i=0;i<arr.length;i++){var dist=distance(str,arr[i]);if(dist<min_distance){min_distance=dist;min_index=i}}return arr[min_index]};exports.kp=closest}),28728:(function(module,__unused_webpack_exports,__webpack_require__){/* @license
Papa Parse
v5.7.1
https://github.com/mholt/PapaParse
License: MIT
*/(function(root,factory){if(typeof define==="function"&&define.amd){define([],factory)}else if(true){module.exports=factory()}else{}})(this,function moduleFactory(){"use strict";var global=function(){if(typeof self!=="undefined"){return self}if(typeof window!=="undefined"){return window}if(typeof global!=="undefined"){return global}return{}}();function getWorkerBlob(){var URL1=global.URL||global.webkitURL||null;var code=moduleFactory.toString();return Papa.BLOB_URL||(Papa.BLOB_URL=URL1.createObjectURL(new Blob(["var global = (function() { if (typeof self !== 'undefined') { return self; } if (typeof window !== 'undefined') { return window; } if (typeof global !== 'undefined') { return global; } return {}; })(); global.IS_PAPA_WORKER=true; ","(",code,")();"],{type:"text/javascript"})))}var IS_WORKER=!global.document&&!!global.postMessage,IS_PAPA_WORKER=global.IS_PAPA_WORKER||false;var workers={},workerIdCounter=0;var Papa={};Papa.parse=CsvToJson;Papa.unparse=JsonToCsv;Papa.RECORD_SEP=String.fromCharCode(30);Papa.UNIT_SEP=String.fromCharCode(31);Papa.BYTE_ORDER_MARK="\uFEFF";Papa.BAD_DELIMITERS=["\r","\n",'"',Papa.BYTE_ORDER_MARK];Papa.WORKERS_SUPPORTED=!IS_WORKER&&!!global.Worker;Papa.NODE_STREAM_INPUT=1;Papa.LocalChunkSize=1024*1024*10;Papa.RemoteChunkSize=1024*1024*5;Papa.DefaultDelimiter=",";Papa.Parser=Parser;Papa.ParserHandle=ParserHandle;Papa.NetworkStreamer=NetworkStreamer;Papa.FileStreamer=FileStreamer;Papa.StringStreamer=StringStreamer;Papa.ReadableStreamStreamer=ReadableStreamStreamer;if(typeof PAPA_BROWSER_CONTEXT==="undefined"){Papa.DuplexStreamStreamer=DuplexStreamStreamer}if(IS_PAPA_WORKER){global.onmessage=workerThreadReceivedMessage}function stripBom(string){if(string.charCodeAt(0)===65279){return string.slice(1)}return string}function CsvToJson(_input,_config){_config=_config||{};var dynamicTyping=_config.dynamicTyping||false;if(isFunction(dynamicTyping)){_config.dynamicTypingFunction=dynamicTyping;dynamicTyping={}}_config.dynamicTyping=dynamicTyping;_config.transform=isFunction(_config.transform)?_config.transform:false;if(_config.downloadTimeout!==undefined){var downloadTimeout=parseInt(_config.downloadTimeout);if(isNaN(downloadTimeout)){throw new Error("Config downloadTimeout value ("+_config.downloadTimeout+") not parsable by parseInt(val).")}_config.downloadTimeout=downloadTimeout}if(_config.worker&&Papa.WORKERS_SUPPORTED){var w=newWorker();w.userStep=_config.step;w.userChunk=_config.chunk;w.userComplete=_config.complete;w.userError=_config.error;_config.step=isFunction(_config.step);_config.chunk=isFunction(_config.chunk);_config.complete=isFunction(_config.complete);_config.error=isFunction(_config.error);delete _config.worker;w.postMessage({input:_input,config:_config,workerId:w.id});return}var streamer=null;if(_input===Papa.NODE_STREAM_INPUT&&typeof PAPA_BROWSER_CONTEXT==="undefined"){streamer=new DuplexStreamStreamer(_config);return streamer.getStream()}else if(typeof _input==="string"){_input=stripBom(_input);if(_config.download)streamer=new NetworkStreamer(_config);else streamer=new StringStreamer(_config)}else if(_input.readable===true&&isFunction(_input.read)&&isFunction(_input.on)){streamer=new ReadableStreamStreamer(_config)}else if(global.File&&_input instanceof File||_input instanceof Object)streamer=new FileStreamer(_config);return streamer.stream(_input)}function JsonToCsv(_input,_config){var _quotes=false;var _writeHeader=true;var _delimiter=",";var _newline="\r\n";var _quoteChar='"';var _escapedQuote=_quoteChar+_quoteChar;var _skipEmptyLines=false;var _columns=null;var _escapeFormulae=false;unpackConfig();var quoteCharRegex=new RegExp(escapeRegExp(_quoteChar),"g");if(typeof _input==="string")_input=JSON.parse(_input);if(Array.isArray(_input)){if(!_input.length)return serialize(_columns,_input,_skipEmptyLines);else if(Array.isArray(_input[0]))return serialize(null,_input,_skipEmptyLines);else if(typeof _input[0]==="object")return serialize(_columns||Object.keys(_input[0]),_input,_skipEmptyLines)}else if(typeof _input==="object"){if(typeof _input.data==="string")_input.data=JSON.parse(_input.data);if(Array.isArray(_input.data)){if(!_input.fields)_input.fields=_input.meta&&_input.meta.fields||_columns;if(!_input.fields)_input.fields=Array.isArray(_input.data[0])?_input.fields:typeof _input.data[0]==="object"?Object.keys(_input.data[0]):[];if(!Array.isArray(_input.data[0])&&typeof _input.data[0]!=="object")_input.data=[_input.data]}return serialize(_input.fields||[],_input.data||[],_skipEmptyLines)}throw new Error("Unable to serialize unrecognized input");function unpackConfig(){if(typeof _config!=="object")return;if(typeof _config.delimiter==="string"&&!Papa.BAD_DELIMITERS.filter(function(value){return _config.delimiter.indexOf(value)!==-1}).length){_delimiter=_config.delimiter}if(typeof _config.quotes==="boolean"||typeof _config.quotes==="function"||Array.isArray(_config.quotes))_quotes=_config.quotes;if(typeof _config.skipEmptyLines==="boolean"||typeof _config.skipEmptyLines==="string")_skipEmptyLines=_config.skipEmptyLines;if(typeof _config.newline==="string")_newline=_config.newline;if(typeof _config.quoteChar==="string"){_quoteChar=_config.quoteChar;_escapedQuote=_quoteChar+_quoteChar}if(typeof _config.header==="boolean")_writeHeader=_config.header;if(Array.isArray(_config.columns)){if(_config.columns.length===0)throw new Error("Option columns is empty");_columns=_config.columns}if(_config.escapeChar!==undefined){_escapedQuote=_config.escapeChar+_quoteChar}if(_config.escapeFormulae instanceof RegExp){_escapeFormulae=_config.escapeFormulae}else if(typeof _config.escapeFormulae==="boolean"&&_config.escapeFormulae){_escapeFormulae=/^[=+\-@\t\r].*$/}}function serialize(fields,data,skipEmptyLines){var csv="";if(typeof fields==="string")fields=JSON.parse(fields);if(typeof data==="string")data=JSON.parse(data);var hasHeader=Array.isArray(fields)&&fields.length>0;var dataKeyedByField=!Array.isArray(data[0]);if(hasHeader&&_writeHeader){for(var i=0;i<fields.length;i++){if(i>0)csv+=_delimiter;csv+=safe(fields[i],i)}if(data.length>0)csv+=_newline}for(var row=0;row<data.length;row++){var maxCol=hasHeader?fields.length:data[row].length;var emptyLine=false;var nullLine=hasHeader?Object.keys(data[row]).length===0:data[row].length===0;if(skipEmptyLines&&!hasHeader){emptyLine=skipEmptyLines==="greedy"?data[row].join("").trim()==="":data[row].length===1&&(data[row][0]===null||data[row][0]===undefined||data[row][0].length===0)}if(skipEmptyLines==="greedy"&&hasHeader){var line=[];for(var c=0;c<maxCol;c++){var cx=dataKeyedByField?fields[c]:c;line.push(data[row][cx])}emptyLine=line.join("").trim()===""}if(!emptyLine){for(var col=0;col<maxCol;col++){if(col>0&&!nullLine)csv+=_delimiter;var colIdx=hasHeader&&dataKeyedByField?fields[col]:col;csv+=safe(data[row][colIdx],col)}if(row<data.length-1&&(!skipEmptyLines||maxCol>0&&!nullLine)){csv+=_newline}}}return csv}function safe(str,col){if(typeof str==="undefined"||str===null)return"";if(str.constructor===Date){if(isNaN(str.getTime()))return"";return str.toISOString()}var needsQuotes=false;var strValue=str.toString();if(_escapeFormulae&&typeof str!=="number"&&typeof str!=="bigint"&&typeof str!=="boolean"&&_escapeFormulae.test(strValue)){strValue="'"+strValue;str=strValue;needsQuotes=true}var escapedQuoteStr=strValue.replace(quoteCharRegex,_escapedQuote);needsQuotes=needsQuotes||_quotes===true||typeof _quotes==="function"&&_quotes(str,col)||Array.isArray(_quotes)&&_quotes[col]||hasAny(escapedQuoteStr,Papa.BAD_DELIMITERS)||escapedQuoteStr.indexOf(_delimiter)>-1||strValue.indexOf(_quoteChar)>-1||escapedQuoteStr.charAt(0)===" "||escapedQuoteStr.charAt(escapedQuoteStr.length-1)===" ";return needsQuotes?_quoteChar+escapedQuoteStr+_quoteChar:escapedQuoteStr}function hasAny(str,substrings){for(var i=0;i<substrings.length;i++)if(str.indexOf(substrings[i])>-1)return true;return false}}function ChunkStreamer(config){this._handle=null;this._finished=false;this._completed=false;this._halted=false;this._input=null;this._baseIndex=0;this._partialLine="";this._rowCount=0;this._start=0;this._nextChunk=null;this.isFirstChunk=true;this._completeResults={data:[],errors:[],meta:{}};replaceConfig.call(this,config);this.parseChunk=function(chunk,isFakeChunk){const skipFirstNLines=parseInt(this._config.skipFirstNLines)||0;if(this.isFirstChunk&&skipFirstNLines>0){let _newline=this._config.newline;if(!_newline){const quoteChar=this._config.quoteChar||'"';_newline=this._handle.guessLineEndings(chunk,quoteChar)}const splitChunk=chunk.split(_newline);chunk=[...splitChunk.slice(skipFirstNLines)].join(_newline)}if(this.isFirstChunk&&isFunction(this._config.beforeFirstChunk)){var modifiedChunk=this._config.beforeFirstChunk(chunk);if(modifiedChunk!==undefined)chunk=modifiedChunk}this.isFirstChunk=false;this._halted=false;var aggregate=this._partialLine+chunk;this._partialLine="";var results=this._handle.parse(aggregate,this._baseIndex,!this._finished);if(this._handle.paused()||this._handle.aborted()){this._halted=true;return}var lastIndex=results.meta.cursor;if(!this._finished){this._partialLine=aggregate.substring(lastIndex-this._baseIndex);this._baseIndex=lastIndex}if(results&&results.data)this._rowCount+=results.data.length;var finishedIncludingPreview=this._finished||this._config.preview&&this._rowCount>=this._config.preview;if(IS_PAPA_WORKER){global.postMessage({results:results,workerId:Papa.WORKER_ID,finished:finishedIncludingPreview})}else if(isFunction(this._config.chunk)&&!isFakeChunk){this._config.chunk(results,this._handle);if(this._handle.paused()||this._handle.aborted()){this._halted=true;return}results=undefined;this._completeResults=undefined}if(!this._config.step&&!this._config.chunk){this._completeResults.data=this._completeResults.data.concat(results.data);this._completeResults.errors=this._completeResults.errors.concat(results.errors);this._completeResults.meta=results.meta}if(!this._completed&&finishedIncludingPreview&&isFunction(this._config.complete)&&(!results||!results.meta.aborted)){this._config.complete(this._completeResults,this._input);this._completed=true}if(!finishedIncludingPreview&&(!results||!results.meta.paused))this._nextChunk();return results};this._sendError=function(error){if(isFunction(this._config.error))this._config.error(error);else if(IS_PAPA_WORKER&&this._config.error){global.postMessage({workerId:Papa.WORKER_ID,error:error,finished:false})}};function replaceConfig(config){var configCopy=copy(config);configCopy.chunkSize=parseInt(configCopy.chunkSize);if(!config.step&&!config.chunk)configCopy.chunkSize=null;this._handle=new ParserHandle(configCopy);this._handle.streamer=this;this._config=configCopy}}function NetworkStreamer(config){config=config||{};if(!config.chunkSize)config.chunkSize=Papa.RemoteChunkSize;ChunkStreamer.call(this,config);var xhr;if(IS_WORKER){this._nextChunk=function(){this._readChunk();this._chunkLoaded()}}else{this._nextChunk=function(){this._readChunk()}}this.stream=function(url){this._input=url;this._nextChunk()};this._readChunk=function(){if(this._finished){this._chunkLoaded();return}xhr=new XMLHttpRequest;if(this._config.withCredentials){xhr.withCredentials=this._config.withCredentials}if(!IS_WORKER){xhr.onload=bindFunction(this._chunkLoaded,this);xhr.onerror=bindFunction(this._chunkError,this)}xhr.ontimeout=bindFunction(this._chunkTimeout,this);xhr.open(this._config.downloadRequestBody?"POST":"GET",this._input,!IS_WORKER);if(this._config.downloadTimeout&&!IS_WORKER){xhr.timeout=this._config.downloadTimeout}if(this._config.downloadRequestHeaders){var headers=this._config.downloadRequestHeaders;for(var headerName in headers){xhr.setRequestHeader(headerName,headers[headerName])}}if(this._config.chunkSize){var end=this._start+this._config.chunkSize-1;xhr.setRequestHeader("Range","bytes="+this._start+"-"+end)}try{xhr.send(this._config.downloadRequestBody)}catch(err){this._chunkError(err.message)}if(IS_WORKER&&xhr.status===0)this._chunkError()};this._chunkLoaded=function(){if(xhr.readyState!==4)return;if(xhr.status<200||xhr.status>=400){this._chunkError();return}this._start+=this._config.chunkSize?this._config.chunkSize:xhr.responseText.length;this._finished=!this._config.chunkSize||this._start>=getFileSize(xhr);this.parseChunk(xhr.responseText)};this._chunkError=function(errorMessage){var errorText=xhr.statusText||errorMessage;this._sendError(new Error(errorText))};this._chunkTimeout=function(){this._chunkError("Request timed out after "+this._config.downloadTimeout+"ms")};function getFileSize(xhr){var contentRange=xhr.getResponseHeader("Content-Range");if(contentRange===null){return-1}return parseInt(contentRange.substring(contentRange.lastIndexOf("/")+1))}}NetworkStreamer.prototype=Object.create(ChunkStreamer.prototype);NetworkStreamer.prototype.constructor=NetworkStreamer;function FileStreamer(config){config=config||{};if(!config.chunkSize)config.chunkSize=Papa.LocalChunkSize;ChunkStreamer.call(this,config);var reader,slice;var usingAsyncReader=typeof FileReader!=="undefined";this.stream=function(file){this._input=file;slice=file.slice||file.webkitSlice||file.mozSlice;if(usingAsyncReader){reader=new FileReader;reader.onload=bindFunction(this._chunkLoaded,this);reader.onerror=bindFunction(this._chunkError,this)}else reader=new FileReaderSync;this._nextChunk()};this._nextChunk=function(){if(!this._finished&&(!this._config.preview||this._rowCount<this._config.preview))this._readChunk()};this._readChunk=function(){var input=this._input;if(this._config.chunkSize){var end=Math.min(this._start+this._config.chunkSize,this._input.size);input=slice.call(input,this._start,end)}var txt=reader.readAsText(input,this._config.encoding);if(!usingAsyncReader)this._chunkLoaded({target:{result:txt}})};this._chunkLoaded=function(event){this._start+=this._config.chunkSize;this._finished=!this._config.chunkSize||this._start>=this._input.size;this.parseChunk(event.target.result)};this._chunkError=function(){this._sendError(reader.error)}}FileStreamer.prototype=Object.create(ChunkStreamer.prototype);FileStreamer.prototype.constructor=FileStreamer;function StringStreamer(config){config=config||{};ChunkStreamer.call(this,config);var remaining;this.stream=function(s){remaining=s;return this._nextChunk()};this._nextChunk=function(){if(this._finished)return;var size=this._config.chunkSize;var chunk;if(size){chunk=remaining.substring(0,size);remaining=remaining.substring(size)}else{chunk=remaining;remaining=""}this._finished=!remaining;return this.parseChunk(chunk)}}StringStreamer.prototype=Object.create(StringStreamer.prototype);StringStreamer.prototype.constructor=StringStreamer;function ReadableStreamStreamer(config){config=config||{};ChunkStreamer.call(this,config);var queue=[];var parseOnData=true;var streamHasEnded=false;this.pause=function(){ChunkStreamer.prototype.pause.apply(this,arguments);this._input.pause()};this.resume=function(){ChunkStreamer.prototype.resume.apply(this,arguments);this._input.resume()};this.stream=function(stream){this._input=stream;this._input.on("data",this._streamData);this._input.on("end",this._streamEnd);this._input.on("error",this._streamError)};this._checkIsFinished=function(){if(streamHasEnded&&queue.length===1){this._finished=true}};this._nextChunk=function(){this._checkIsFinished();if(queue.length){this.parseChunk(queue.shift())}else{parseOnData=true}};this._streamData=bindFunction(function(chunk){try{queue.push(typeof chunk==="string"?chunk:chunk.toString(this._config.encoding));if(parseOnData){parseOnData=false;this._checkIsFinished();this.parseChunk(queue.shift())}}catch(error){this._streamError(error)}},this);this._streamError=bindFunction(function(error){this._streamCleanUp();this._sendError(error)},this);this._streamEnd=bindFunction(function(){this._streamCleanUp();streamHasEnded=true;this._streamData("")},this);this._streamCleanUp=bindFunction(function(){this._input.removeListener("data",this._streamData);this._input.removeListener("end",this._streamEnd);this._input.removeListener("error",this._streamError)},this)}ReadableStreamStreamer.prototype=Object.create(ChunkStreamer.prototype);ReadableStreamStreamer.prototype.constructor=ReadableStreamStreamer;function DuplexStreamStreamer(_config){var Duplex=__webpack_require__(2203).Duplex;var config=copy(_config);var parseOnWrite=true;var writeStreamHasFinished=false;var parseCallbackQueue=[];var stream=null;this._onCsvData=function(results){var data=results.data;if(!stream.push(data)&&!this._handle.paused()){this._handle.pause()}};this._onCsvComplete=function(){stream.push(null)};config.step=bindFunction(this._onCsvData,this);config.complete=bindFunction(this._onCsvComplete,this);ChunkStreamer.call(this,config);this._nextChunk=function(){if(writeStreamHasFinished&&parseCallbackQueue.length===1){this._finished=true}if(parseCallbackQueue.length){parseCallbackQueue.shift()()}else{parseOnWrite=true}};this._addToParseQueue=function(chunk,callback){parseCallbackQueue.push(bindFunction(function(){this.parseChunk(typeof chunk==="string"?chunk:chunk.toString(config.encoding));if(isFunction(callback)){return callback()}},this));if(parseOnWrite){parseOnWrite=false;this._nextChunk()}};this._onRead=function(){if(this._handle.paused()){this._handle.resume()}};this._onWrite=function(chunk,encoding,callback){this._addToParseQueue(chunk,callback)};this._onWriteComplete=function(){writeStreamHasFinished=true;this._addToParseQueue("")};this.getStream=function(){return stream};stream=new Duplex({readableObjectMode:true,decodeStrings:false,read:bindFunction(this._onRead,this),write:bindFunction(this._onWrite,this)});stream.once("finish",bindFunction(this._onWriteComplete,this))}if(typeof PAPA_BROWSER_CONTEXT==="undefined"){DuplexStreamStreamer.prototype=Object.create(ChunkStreamer.prototype);DuplexStreamStreamer.prototype.constructor=DuplexStreamStreamer}function ParserHandle(_config){var MAX_FLOAT=Math.pow(2,53);var MIN_FLOAT=-MAX_FLOAT;var FLOAT=/^\s*-?(\d+\.?|\.\d+|\d+\.\d+)([eE][-+]?\d+)?\s*$/;var ISO_DATE=/^((\d{4}-[01]\d-[0-3]\dT[0-2]\d:[0-5]\d:[0-5]\d\.\d+([+-][0-2]\d:[0-5]\d|Z))|(\d{4}-[01]\d-[0-3]\dT[0-2]\d:[0-5]\d:[0-5]\d([+-][0-2]\d:[0-5]\d|Z))|(\d{4}-[01]\d-[0-3]\dT[0-2]\d:[0-5]\d([+-][0-2]\d:[0-5]\d|Z)))$/;var self1=this;var _stepCounter=0;var _rowCounter=0;var _input;var _parser;var _paused=false;var _aborted=false;var _delimiterError;var _fields=[];var _results={data:[],errors:[],meta:{}};if(isFunction(_config.step)){var userStep=_config.step;_config.step=function(results){_results=results;if(needsHeaderRow())processResults();else{processResults();if(_results.data.length===0)return;_stepCounter+=results.data.length;if(_config.preview&&_stepCounter>_config.preview)_parser.abort();else{_results.data=_results.data[0];userStep(_results,self1)}}}}this.parse=function(input,baseIndex,ignoreLastRow){var quoteChar=_config.quoteChar||'"';if(!_config.newline)_config.newline=this.guessLineEndings(input,quoteChar);_delimiterError=false;if(!_config.delimiter){var delimGuess=guessDelimiter(input,_config.newline,_config.skipEmptyLines,_config.comments,_config.delimitersToGuess);if(delimGuess.successful)_config.delimiter=delimGuess.bestDelimiter;else{_delimiterError=true;_config.delimiter=Papa.DefaultDelimiter}_results.meta.delimiter=_config.delimiter}else if(isFunction(_config.delimiter)){_config.delimiter=_config.delimiter(input);_results.meta.delimiter=_config.delimiter}var parserConfig=copy(_config);parserConfig.header=needsHeaderRow();if(_config.preview&&_config.header)parserConfig.preview++;_input=input;_parser=new Parser(parserConfig);_results=_parser.parse(_input,baseIndex,ignoreLastRow);processResults();return _paused?{meta:{paused:true}}:_results||{meta:{paused:false}}};this.paused=function(){return _paused};this.pause=function(){_paused=true;_parser.abort();_input=isFunction(_config.chunk)?"":_input.substring(_parser.getCharIndex())};this.resume=function(){if(self1.streamer._halted){_paused=false;self1.streamer.parseChunk(_input,true)}else{setTimeout(self1.resume,3)}};this.aborted=function(){return _aborted};this.abort=function(){_aborted=true;_parser.abort();_results.meta.aborted=true;if(isFunction(_config.complete))_config.complete(_results);_input=""};this.guessLineEndings=function(input,quoteChar){input=input.substring(0,1024*1024);var re=new RegExp(escapeRegExp(quoteChar)+"([^]*?)"+escapeRegExp(quoteChar),"gm");input=input.replace(re,"");var r=input.split("\r");var n=input.split("\n");var nAppearsFirst=n.length>1&&n[0].length<r[0].length;if(r.length===1||nAppearsFirst)return"\n";var numWithN=0;for(var i=0;i<r.length;i++){if(r[i][0]==="\n")numWithN++}return numWithN>=r.length/2?"\r\n":"\r"};function testEmptyLine(s){return _config.skipEmptyLines==="greedy"?s.join("").trim()==="":s.length===1&&s[0].length===0}function testFloat(s){if(FLOAT.test(s)){var floatValue=parseFloat(s);if(floatValue>MIN_FLOAT&&floatValue<MAX_FLOAT){return true}}return false}function processResults(){if(_results&&_delimiterError){addError("Delimiter","UndetectableDelimiter","Unable to auto-detect delimiting character; defaulted to '"+Papa.DefaultDelimiter+"'");_delimiterError=false}if(_config.skipEmptyLines){_results.data=_results.data.filter(function(d){return!testEmptyLine(d)})}if(needsHeaderRow())fillHeaderFields();return applyHeaderAndDynamicTypingAndTransformation()}function needsHeaderRow(){return _config.header&&_fields.length===0}function fillHeaderFields(){if(!_results)return;function addHeader(header){_fields.push(header)}if(Array.isArray(_results.data[0])){for(var i=0;needsHeaderRow()&&i<_results.data.length;i++)_results.data[i].forEach(addHeader);_results.data.splice(0,1)}else _results.data.forEach(addHeader)}function shouldApplyDynamicTyping(field){if(_config.dynamicTypingFunction&&_config.dynamicTyping[field]===undefined){_config.dynamicTyping[field]=_config.dynamicTypingFunction(field)}return(_config.dynamicTyping[field]||_config.dynamicTyping)===true}function parseDynamic(field,value){if(shouldApplyDynamicTyping(field)){if(value==="true"||value==="TRUE")return true;else if(value==="false"||value==="FALSE")return false;else if(testFloat(value))return parseFloat(value);else if(ISO_DATE.test(value))return new Date(value);else return value===""?null:value}return value}function applyHeaderAndDynamicTypingAndTransformation(){if(!_results||!_config.header&&!_config.dynamicTyping&&!_config.transform)return _results;function processRow(rowSource,i){var row=_config.header?{}:[];var j;for(j=0;j<rowSource.length;j++){var field=j;var value=rowSource[j];if(_config.header)field=j>=_fields.length?"__parsed_extra":_fields[j];if(_config.transform)value=_config.transform(value,field);value=parseDynamic(field,value);if(field==="__parsed_extra"){row[field]=row[field]||[];row[field].push(value)}else row[field]=value}if(_config.header){if(j>_fields.length)addError("FieldMismatch","TooManyFields","Too many fields: expected "+_fields.length+" fields but parsed "+j,_rowCounter+i);else if(j<_fields.length)addError("FieldMismatch","TooFewFields","Too few fields: expected "+_fields.length+" fields but parsed "+j,_rowCounter+i)}return row}var incrementBy=1;if(!_results.data.length||Array.isArray(_results.data[0])){_results.data=_results.data.map(processRow);incrementBy=_results.data.length}else _results.data=processRow(_results.data,0);if(_config.header&&_results.meta)_results.meta.fields=_fields;_rowCounter+=incrementBy;return _results}function guessDelimiter(input,newline,skipEmptyLines,comments,delimitersToGuess){var bestDelim,bestDelta,fieldCountPrevRow,maxFieldCount;delimitersToGuess=delimitersToGuess||[",","	","|",";",Papa.RECORD_SEP,Papa.UNIT_SEP];for(var i=0;i<delimitersToGuess.length;i++){var delim=delimitersToGuess[i];var delta=0,avgFieldCount=0,emptyLinesCount=0;fieldCountPrevRow=undefined;var preview=new Parser({comments:comments,delimiter:delim,newline:newline,preview:10}).parse(input);for(var j=0;j<preview.data.length;j++){if(skipEmptyLines&&testEmptyLine(preview.data[j])){emptyLinesCount++;continue}var fieldCount=preview.data[j].length;avgFieldCount+=fieldCount;if(typeof fieldCountPrevRow==="undefined"){fieldCountPrevRow=fieldCount;continue}else if(fieldCount>0){delta+=Math.abs(fieldCount-fieldCountPrevRow);fieldCountPrevRow=fieldCount}}if(preview.data.length>0)avgFieldCount/=preview.data.length-emptyLinesCount;if(avgFieldCount>1.99&&(typeof bestDelta==="undefined"||delta<bestDelta||delta===bestDelta&&avgFieldCount>maxFieldCount)){bestDelta=delta;bestDelim=delim;maxFieldCount=avgFieldCount}}_config.delimiter=bestDelim;return{successful:!!bestDelim,bestDelimiter:bestDelim}}function addError(type,code,msg,row){var error={type:type,code:code,message:msg};if(row!==undefined){error.row=row}_results.errors.push(error)}}function escapeRegExp(string){return string.replace(/[.*+?^${}()|[\]\\]/g,"\\$&")}function Parser(config){config=config||{};var delim=config.delimiter;var newline=config.newline;var comments=config.comments;var step=config.step;var preview=config.preview;var fastMode=config.fastMode;var quoteChar;var renamedHeaders=null;var headerParsed=false;if(config.quoteChar===undefined||config.quoteChar===null){quoteChar='"'}else{quoteChar=config.quoteChar}var escapeChar=quoteChar;if(config.escapeChar!==undefined){escapeChar=config.escapeChar}if(typeof delim!=="string"||Papa.BAD_DELIMITERS.indexOf(delim)>-1)delim=",";if(comments===delim)throw new Error("Comment character same as delimiter");else if(comments===true)comments="#";else if(typeof comments!=="string"||Papa.BAD_DELIMITERS.indexOf(comments)>-1)comments=false;if(newline!=="\n"&&newline!=="\r"&&newline!=="\r\n")newline="\n";var cursor=0;var aborted=false;this.parse=function(input,baseIndex,ignoreLastRow){if(typeof input!=="string")throw new Error("Input must be a string");var inputLen=input.length,delimLen=delim.length,newlineLen=newline.length,commentsLen=comments.length;var stepIsFunction=isFunction(step);cursor=0;var data=[],errors=[],row=[],lastCursor=0;if(!input)return returnable();if(fastMode||fastMode!==false&&input.indexOf(quoteChar)===-1){var rows=input.split(newline);for(var i=0;i<rows.length;i++){row=rows[i];cursor+=row.length;if(i!==rows.length-1)cursor+=newline.length;else if(ignoreLastRow)return returnable();if(comments&&row.substring(0,commentsLen)===comments)continue;if(stepIsFunction){data=[];pushRow(row.split(delim));doStep();if(aborted)return returnable()}else pushRow(row.split(delim));if(preview&&i>=preview){data=data.slice(0,preview);return returnable(true)}}return returnable()}var nextDelim=input.indexOf(delim,cursor);var nextNewline=input.indexOf(newline,cursor);var quoteCharRegex=new RegExp(escapeRegExp(escapeChar)+escapeRegExp(quoteChar),"g");var quoteSearch=input.indexOf(quoteChar,cursor);for(;;){if(input[cursor]===quoteChar){quoteSearch=cursor;cursor++;for(;;){quoteSearch=input.indexOf(quoteChar,quoteSearch+1);if(quoteSearch===-1){if(!ignoreLastRow){errors.push({type:"Quotes",code:"MissingQuotes",message:"Quoted field unterminated",row:data.length,index:cursor})}return finish()}if(quoteSearch===inputLen-1){var value=input.substring(cursor,quoteSearch).replace(quoteCharRegex,quoteChar);return finish(value)}if(quoteChar===escapeChar&&input[quoteSearch+1]===escapeChar){quoteSearch++;continue}if(quoteChar!==escapeChar&&quoteSearch!==0&&input[quoteSearch-1]===escapeChar){continue}if(nextDelim!==-1&&nextDelim<quoteSearch+1){nextDelim=input.indexOf(delim,quoteSearch+1)}if(nextNewline!==-1&&nextNewline<quoteSearch+1){nextNewline=input.indexOf(newline,quoteSearch+1)}var checkUpTo=nextNewline===-1?nextDelim:Math.min(nextDelim,nextNewline);var spacesBetweenQuoteAndDelimiter=extraSpaces(checkUpTo);if(input.substr(quoteSearch+1+spacesBetweenQuoteAndDelimiter,delimLen)===delim){row.push(input.substring(cursor,quoteSearch).replace(quoteCharRegex,quoteChar));cursor=quoteSearch+1+spacesBetweenQuoteAndDelimiter+delimLen;if(input[quoteSearch+1+spacesBetweenQuoteAndDelimiter+delimLen]!==quoteChar){quoteSearch=input.indexOf(quoteChar,cursor)}if(nextDelim!==-1&&nextDelim<cursor)nextDelim=input.indexOf(delim,cursor);if(nextNewline!==-1&&nextNewline<cursor)nextNewline=input.indexOf(newline,cursor);break}var spacesBetweenQuoteAndNewLine=extraSpaces(nextNewline);if(input.substring(quoteSearch+1+spacesBetweenQuoteAndNewLine,quoteSearch+1+spacesBetweenQuoteAndNewLine+newlineLen)===newline){row.push(input.substring(cursor,quoteSearch).replace(quoteCharRegex,quoteChar));saveRow(quoteSearch+1+spacesBetweenQuoteAndNewLine+newlineLen);if(nextDelim!==-1&&nextDelim<cursor)nextDelim=input.indexOf(delim,cursor);quoteSearch=input.indexOf(quoteChar,cursor);if(stepIsFunction){doStep();if(aborted)return returnable()}if(preview&&data.length>=preview)return returnable(true);break}errors.push({type:"Quotes",code:"InvalidQuotes",message:"Trailing quote on quoted field is malformed",row:data.length,index:cursor});quoteSearch++;continue}continue}if(comments&&row.length===0&&input.substring(cursor,cursor+commentsLen)===comments){if(nextNewline===-1)return returnable();cursor=nextNewline+newlineLen;nextNewline=input.indexOf(newline,cursor);if(nextDelim!==-1&&nextDelim<cursor)nextDelim=input.indexOf(delim,cursor);continue}if(nextDelim!==-1&&(nextDelim<nextNewline||nextNewline===-1)){row.push(input.substring(cursor,nextDelim));cursor=nextDelim+delimLen;nextDelim=input.indexOf(delim,cursor);continue}if(nextNewline!==-1){row.push(input.substring(cursor,nextNewline));saveRow(nextNewline+newlineLen);if(stepIsFunction){doStep();if(aborted)return returnable()}if(preview&&data.length>=preview)return returnable(true);continue}break}return finish();function pushRow(row){data.push(row);lastCursor=cursor}function extraSpaces(index){var spaceLength=0;if(index!==-1){var textBetweenClosingQuoteAndIndex=input.substring(quoteSearch+1,index);if(textBetweenClosingQuoteAndIndex&&textBetweenClosingQuoteAndIndex.trim()===""){spaceLength=textBetweenClosingQuoteAndIndex.length}}return spaceLength}function finish(value){if(ignoreLastRow)return returnable();if(typeof value==="undefined")value=input.substring(cursor);row.push(value);cursor=inputLen;pushRow(row);if(stepIsFunction)doStep();return returnable()}function saveRow(newCursor){cursor=newCursor;pushRow(row);row=[];nextNewline=input.indexOf(newline,cursor)}function returnable(stopped){if(config.header&&!baseIndex&&data.length&&!headerParsed){const result=data[0];const headerCount=Object.create(null);const usedHeaders=new Set(result);let duplicateHeaders=false;for(let i=0;i<result.length;i++){let header=stripBom(result[i]);if(isFunction(config.transformHeader))header=config.transformHeader(header,i);if(!headerCount[header]){headerCount[header]=1;result[i]=header}else{let newHeader;let suffixCount=headerCount[header];do{newHeader=`${header}_${suffixCount}`;suffixCount++}while(usedHeaders.has(newHeader));usedHeaders.add(newHeader);result[i]=newHeader;headerCount[header]++;duplicateHeaders=true;if(renamedHeaders===null){renamedHeaders={}}renamedHeaders[newHeader]=header}usedHeaders.add(header)}if(duplicateHeaders){console.warn("Duplicate headers found and renamed.")}headerParsed=true}return{data:data,errors:errors,meta:{delimiter:delim,linebreak:newline,aborted:aborted,truncated:!!stopped,cursor:lastCursor+(baseIndex||0),renamedHeaders:renamedHeaders}}}function doStep(){step(returnable());data=[];errors=[]}};this.abort=function(){aborted=true};this.getCharIndex=function(){return cursor}}function newWorker(){if(!Papa.WORKERS_SUPPORTED)return false;var workerUrl=getWorkerBlob();var w=new global.Worker(workerUrl);w.onmessage=mainThreadReceivedMessage;w.id=workerIdCounter++;workers[w.id]=w;return w}function mainThreadReceivedMessage(e){var msg=e.data;var worker=workers[msg.workerId];var aborted=false;if(msg.error)worker.userError(msg.error,msg.file);else if(msg.results&&msg.results.data){var abort=function(){aborted=true;completeWorker(msg.workerId,{data:[],errors:[],meta:{aborted:true}})};var handle={abort:abort,pause:notImplemented,resume:notImplemented};if(isFunction(worker.userStep)){for(var i=0;i<msg.results.data.length;i++){worker.userStep({data:msg.results.data[i],errors:msg.results.errors,meta:msg.results.meta},handle);if(aborted)break}delete msg.results}else if(isFunction(worker.userChunk)){worker.userChunk(msg.results,handle,msg.file);delete msg.results}}if(msg.finished&&!aborted)completeWorker(msg.workerId,msg.results)}function completeWorker(workerId,results){var worker=workers[workerId];if(isFunction(worker.userComplete))worker.userComplete(results);worker.terminate();delete workers[workerId]}function notImplemented(){throw new Error("Not implemented.")}function workerThreadReceivedMessage(e){var msg=e.data;if(typeof Papa.WORKER_ID==="undefined"&&msg)Papa.WORKER_ID=msg.workerId;if(typeof msg.input==="string"){global.postMessage({workerId:Papa.WORKER_ID,results:Papa.parse(msg.input,msg.config),finished:true})}else if(global.File&&msg.input instanceof File||msg.input instanceof Object){var results=Papa.parse(msg.input,msg.config);if(results)global.postMessage({workerId:Papa.WORKER_ID,results:results,finished:true})}}function copy(obj){if(typeof obj!=="object"||obj===null)return obj;var cpy=Array.isArray(obj)?[]:{};for(var key in obj)cpy[key]=copy(obj[key]);return cpy}function bindFunction(f,self1){return function(){f.apply(self1,arguments)}}function isFunction(func){return typeof func==="function"}return Papa})}),57336:(module=>{let p=process||{},argv=p.argv||[],env=p.env||{};let isColorSupported=!(!!env.NO_COLOR||argv.includes("--no-color"))&&(!!env.FORCE_COLOR||argv.includes("--color")||p.platform==="win32"||(p.stdout||{}).isTTY&&env.TERM!=="dumb"||!!env.CI);let formatter=(open,close,replace=open)=>input=>{let string=""+input,index=string.indexOf(close,open.length);return~index?open+replaceClose(string,close,replace,index)+close:open+string+close};let replaceClose=(string,close,replace,index)=>{let result="",cursor=0;do{result+=string.substring(cursor,index)+replace;cursor=index+close.length;index=string.indexOf(close,cursor)}while(~index);return result+string.substring(cursor)};let createColors=(enabled=isColorSupported)=>{let f=enabled?formatter:()=>String;return{isColorSupported:enabled,reset:f("\x1b[0m","\x1b[0m"),bold:f("\x1b[1m","\x1b[22m","\x1b[22m\x1b[1m"),dim:f("\x1b[2m","\x1b[22m","\x1b[22m\x1b[2m"),italic:f("\x1b[3m","\x1b[23m"),underline:f("\x1b[4m","\x1b[24m"),inverse:f("\x1b[7m","\x1b[27m"),hidden:f("\x1b[8m","\x1b[28m"),strikethrough:f("\x1b[9m","\x1b[29m"),black:f("\x1b[30m","\x1b[39m"),red:f("\x1b[31m","\x1b[39m"),green:f("\x1b[32m","\x1b[39m"),yellow:f("\x1b[33m","\x1b[39m"),blue:f("\x1b[34m","\x1b[39m"),magenta:f("\x1b[35m","\x1b[39m"),cyan:f("\x1b[36m","\x1b[39m"),white:f("\x1b[37m","\x1b[39m"),gray:f("\x1b[90m","\x1b[39m"),bgBlack:f("\x1b[40m","\x1b[49m"),bgRed:f("\x1b[41m","\x1b[49m"),bgGreen:f("\x1b[42m","\x1b[49m"),bgYellow:f("\x1b[43m","\x1b[49m"),bgBlue:f("\x1b[44m","\x1b[49m"),bgMagenta:f("\x1b[45m","\x1b[49m"),bgCyan:f("\x1b[46m","\x1b[49m"),bgWhite:f("\x1b[47m","\x1b[49m"),blackBright:f("\x1b[90m","\x1b[39m"),redBright:f("\x1b[91m","\x1b[39m"),greenBright:f("\x1b[92m","\x1b[39m"),yellowBright:f("\x1b[93m","\x1b[39m"),blueBright:f("\x1b[94m","\x1b[39m"),magentaBright:f("\x1b[95m","\x1b[39m"),cyanBright:f("\x1b[96m","\x1b[39m"),whiteBright:f("\x1b[97m","\x1b[39m"),bgBlackBright:f("\x1b[100m","\x1b[49m"),bgRedBright:f("\x1b[101m","\x1b[49m"),bgGreenBright:f("\x1b[102m","\x1b[49m"),bgYellowBright:f("\x1b[103m","\x1b[49m"),bgBlueBright:f("\x1b[104m","\x1b[49m"),bgMagentaBright:f("\x1b[105m","\x1b[49m"),bgCyanBright:f("\x1b[106m","\x1b[49m"),bgWhiteBright:f("\x1b[107m","\x1b[49m")}};module.exports=createColors();module.exports.createColors=createColors}),14006:((module,__unused_webpack_exports,__webpack_require__)=>{const pico=__webpack_require__(98016);const utils=__webpack_require__(64059);function picomatch(glob,options,returnState=false){if(options&&(options.windows===null||options.windows===undefined)){options={...options,windows:utils.isWindows()}}return pico(glob,options,returnState)}Object.assign(picomatch,pico);module.exports=picomatch}),5595:(module=>{const WIN_SLASH="\\\\/";const WIN_NO_SLASH=`[^${WIN_SLASH}]`;const DEFAULT_MAX_EXTGLOB_RECURSION=0;const DOT_LITERAL="\\.";const PLUS_LITERAL="\\+";const QMARK_LITERAL="\\?";const SLASH_LITERAL="\\/";const ONE_CHAR="(?=.)";const QMARK="[^/]";const END_ANCHOR=`(?:${SLASH_LITERAL}|$)`;const START_ANCHOR=`(?:^|${SLASH_LITERAL})`;const DOTS_SLASH=`${DOT_LITERAL}{1,2}${END_ANCHOR}`;const NO_DOT=`(?!${DOT_LITERAL})`;const NO_DOTS=`(?!${START_ANCHOR}${DOTS_SLASH})`;const NO_DOT_SLASH=`(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;const NO_DOTS_SLASH=`(?!${DOTS_SLASH})`;const QMARK_NO_DOT=`[^.${SLASH_LITERAL}]`;const STAR=`${QMARK}*?`;const SEP="/";const POSIX_CHARS={DOT_LITERAL,PLUS_LITERAL,QMARK_LITERAL,SLASH_LITERAL,ONE_CHAR,QMARK,END_ANCHOR,DOTS_SLASH,NO_DOT,NO_DOTS,NO_DOT_SLASH,NO_DOTS_SLASH,QMARK_NO_DOT,STAR,START_ANCHOR,SEP};const WINDOWS_CHARS={...POSIX_CHARS,SLASH_LITERAL:`[${WIN_SLASH}]`,QMARK:WIN_NO_SLASH,STAR:`${WIN_NO_SLASH}*?`,DOTS_SLASH:`${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,NO_DOT:`(?!${DOT_LITERAL})`,NO_DOTS:`(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,NO_DOT_SLASH:`(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,NO_DOTS_SLASH:`(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,QMARK_NO_DOT:`[^.${WIN_SLASH}]`,START_ANCHOR:`(?:^|[${WIN_SLASH}])`,END_ANCHOR:`(?:[${WIN_SLASH}]|$)`,SEP:"\\"};const POSIX_REGEX_SOURCE={__proto__:null,alnum:"a-zA-Z0-9",alpha:"a-zA-Z",ascii:"\\x00-\\x7F",blank:" \\t",cntrl:"\\x00-\\x1F\\x7F",digit:"0-9",graph:"\\x21-\\x7E",lower:"a-z",print:"\\x20-\\x7E ",punct:"\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",space:" \\t\\r\\n\\v\\f",upper:"A-Z",word:"A-Za-z0-9_",xdigit:"A-Fa-f0-9"};module.exports={DEFAULT_MAX_EXTGLOB_RECURSION,MAX_LENGTH:1024*64,POSIX_REGEX_SOURCE,REGEX_BACKSLASH:/\\(?![*+?^${}(|)[\]])/g,REGEX_NON_SPECIAL_CHARS:/^[^@![\].,$*+?^{}()|\\/]+/,REGEX_SPECIAL_CHARS:/[-*+?.^${}(|)[\]]/,REGEX_SPECIAL_CHARS_BACKREF:/(\\?)((\W)(\3*))/g,REGEX_SPECIAL_CHARS_GLOBAL:/([-*+?.^${}(|)[\]])/g,REGEX_REMOVE_BACKSLASH:/(?:\[.*?[^\\]\]|\\(?=.))/g,REPLACEMENTS:{__proto__:null,"***":"*","**/**":"**","**/**/**":"**"},CHAR_0:48,CHAR_9:57,CHAR_UPPERCASE_A:65,CHAR_LOWERCASE_A:97,CHAR_UPPERCASE_Z:90,CHAR_LOWERCASE_Z:122,CHAR_LEFT_PARENTHESES:40,CHAR_RIGHT_PARENTHESES:41,CHAR_ASTERISK:42,CHAR_AMPERSAND:38,CHAR_AT:64,CHAR_BACKWARD_SLASH:92,CHAR_CARRIAGE_RETURN:13,CHAR_CIRCUMFLEX_ACCENT:94,CHAR_COLON:58,CHAR_COMMA:44,CHAR_DOT:46,CHAR_DOUBLE_QUOTE:34,CHAR_EQUAL:61,CHAR_EXCLAMATION_MARK:33,CHAR_FORM_FEED:12,CHAR_FORWARD_SLASH:47,CHAR_GRAVE_ACCENT:96,CHAR_HASH:35,CHAR_HYPHEN_MINUS:45,CHAR_LEFT_ANGLE_BRACKET:60,CHAR_LEFT_CURLY_BRACE:123,CHAR_LEFT_SQUARE_BRACKET:91,CHAR_LINE_FEED:10,CHAR_NO_BREAK_SPACE:160,CHAR_PERCENT:37,CHAR_PLUS:43,CHAR_QUESTION_MARK:63,CHAR_RIGHT_ANGLE_BRACKET:62,CHAR_RIGHT_CURLY_BRACE:125,CHAR_RIGHT_SQUARE_BRACKET:93,CHAR_SEMICOLON:59,CHAR_SINGLE_QUOTE:39,CHAR_SPACE:32,CHAR_TAB:9,CHAR_UNDERSCORE:95,CHAR_VERTICAL_LINE:124,CHAR_ZERO_WIDTH_NOBREAK_SPACE:65279,extglobChars(chars){return{"!":{type:"negate",open:"(?:(?!(?:",close:`))${chars.STAR})`},"?":{type:"qmark",open:"(?:",close:")?"},"+":{type:"plus",open:"(?:",close:")+"},"*":{type:"star",open:"(?:",close:")*"},"@":{type:"at",open:"(?:",close:")"}}},globChars(win32){return win32===true?WINDOWS_CHARS:POSIX_CHARS}}}),78265:((module,__unused_webpack_exports,__webpack_require__)=>{const constants=__webpack_require__(5595);const utils=__webpack_require__(64059);const{MAX_LENGTH,POSIX_REGEX_SOURCE,REGEX_NON_SPECIAL_CHARS,REGEX_SPECIAL_CHARS_BACKREF,REPLACEMENTS}=constants;const expandRange=(args,options)=>{if(typeof options.expandRange==="function"){return options.expandRange(...args,options)}args.sort();const value=`[${args.join("-")}]`;try{new RegExp(value)}catch(ex){return args.map(v=>utils.escapeRegex(v)).join("..")}return value};const syntaxError=(type,char)=>{return`Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`};const splitTopLevel=input=>{const parts=[];let bracket=0;let paren=0;let quote=0;let value="";let escaped=false;for(const ch of input){if(escaped===true){value+=ch;escaped=false;continue}if(ch==="\\"){value+=ch;escaped=true;continue}if(ch==='"'){quote=quote===1?0:1;value+=ch;continue}if(quote===0){if(ch==="["){bracket++}else if(ch==="]"&&bracket>0){bracket--}else if(bracket===0){if(ch==="("){paren++}else if(ch===")"&&paren>0){paren--}else if(ch==="|"&&paren===0){parts.push(value);value="";continue}}}value+=ch}parts.push(value);return parts};const isPlainBranch=branch=>{let escaped=false;for(const ch of branch){if(escaped===true){escaped=false;continue}if(ch==="\\"){escaped=true;continue}if(/[?*+@!()[\]{}]/.test(ch)){return false}}return true};const normalizeSimpleBranch=branch=>{let value=branch.trim();let changed=true;while(changed===true){changed=false;if(/^@\([^\\()[\]{}|]+\)$/.test(value)){value=value.slice(2,-1);changed=true}}if(!isPlainBranch(value)){return}return value.replace(/\\(.)/g,"$1")};const hasRepeatedCharPrefixOverlap=branches=>{const values=branches.map(normalizeSimpleBranch).filter(Boolean);for(let i=0;i<values.length;i++){for(let j=i+1;j<values.length;j++){const a=values[i];const b=values[j];const char=a[0];if(!char||a!==char.repeat(a.length)||b!==char.repeat(b.length)){continue}if(a===b||a.startsWith(b)||b.startsWith(a)){return true}}}return false};const parseRepeatedExtglob=(pattern,requireEnd=true)=>{if(pattern[0]!=="+"&&pattern[0]!=="*"||pattern[1]!=="("){return}let bracket=0;let paren=0;let quote=0;let escaped=false;for(let i=1;i<pattern.length;i++){const ch=pattern[i];if(escaped===true){escaped=false;continue}if(ch==="\\"){escaped=true;continue}if(ch==='"'){quote=quote===1?0:1;continue}if(quote===1){continue}if(ch==="["){bracket++;continue}if(ch==="]"&&bracket>0){bracket--;continue}if(bracket>0){continue}if(ch==="("){paren++;continue}if(ch===")"){paren--;if(paren===0){if(requireEnd===true&&i!==pattern.length-1){return}return{type:pattern[0],body:pattern.slice(2,i),end:i}}}}};const buildCharClassStar=chars=>{const source=chars.length===1?utils.escapeRegex(chars[0]):`[${chars.map(ch=>utils.escapeRegex(ch)).join("")}]`;return`${source}*`};const getStarExtglobSequenceChars=pattern=>{let index=0;const chars=[];while(index<pattern.length){const match=parseRepeatedExtglob(pattern.slice(index),false);if(!match||match.type!=="*"){return}const branches=splitTopLevel(match.body).map(branch=>branch.trim());if(branches.length!==1){return}const branch=normalizeSimpleBranch(branches[0]);if(!branch||branch.length!==1){return}chars.push(branch);index+=match.end+1}if(chars.length<1){return}return chars};const repeatedExtglobRecursion=pattern=>{let depth=0;let value=pattern.trim();let match=parseRepeatedExtglob(value);while(match){depth++;value=match.body.trim();match=parseRepeatedExtglob(value)}return depth};const analyzeRepeatedExtglob=(body,options)=>{if(options.maxExtglobRecursion===false){return{risky:false}}const max=typeof options.maxExtglobRecursion==="number"?options.maxExtglobRecursion:constants.DEFAULT_MAX_EXTGLOB_RECURSION;const branches=splitTopLevel(body).map(branch=>branch.trim());if(branches.length>1){if(branches.some(branch=>branch==="")||branches.some(branch=>/^[*?]+$/.test(branch))||hasRepeatedCharPrefixOverlap(branches)){return{risky:true}}}const safeChars=[];let sawStarSequence=false;let combinable=true;for(const branch of branches){const chars=getStarExtglobSequenceChars(branch);if(chars){sawStarSequence=true;safeChars.push(...chars);continue}const literal=normalizeSimpleBranch(branch);if(literal&&literal.length===1){safeChars.push(literal);continue}combinable=false;if(repeatedExtglobRecursion(branch)>max){return{risky:true}}}if(sawStarSequence){return combinable?{risky:true,safeOutput:buildCharClassStar([...new Set(safeChars)])}:{risky:true}}return{risky:false}};const parse=(input,options)=>{if(typeof input!=="string"){throw new TypeError("Expected a string")}input=REPLACEMENTS[input]||input;const opts={...options};const max=typeof opts.maxLength==="number"?Math.min(MAX_LENGTH,opts.maxLength):MAX_LENGTH;let len=input.length;if(len>max){throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`)}const bos={type:"bos",value:"",output:opts.prepend||""};const tokens=[bos];const capture=opts.capture?"":"?:";const PLATFORM_CHARS=constants.globChars(opts.windows);const EXTGLOB_CHARS=constants.extglobChars(PLATFORM_CHARS);const{DOT_LITERAL,PLUS_LITERAL,SLASH_LITERAL,ONE_CHAR,DOTS_SLASH,NO_DOT,NO_DOT_SLASH,NO_DOTS_SLASH,QMARK,QMARK_NO_DOT,STAR,START_ANCHOR}=PLATFORM_CHARS;const globstar=opts=>{return`(${capture}(?:(?!${START_ANCHOR}${opts.dot?DOTS_SLASH:DOT_LITERAL}).)*?)`};const nodot=opts.dot?"":NO_DOT;const qmarkNoDot=opts.dot?QMARK:QMARK_NO_DOT;let star=opts.bash===true?globstar(opts):STAR;if(opts.capture){star=`(${star})`}if(typeof opts.noext==="boolean"){opts.noextglob=opts.noext}const state={input,index:-1,start:0,dot:opts.dot===true,consumed:"",output:"",prefix:"",backtrack:false,negated:false,brackets:0,braces:0,parens:0,quotes:0,globstar:false,tokens};input=utils.removePrefix(input,state);len=input.length;const extglobs=[];const braces=[];const stack=[];let prev=bos;let value;const eos=()=>state.index===len-1;const peek=state.peek=(n=1)=>input[state.index+n];const advance=state.advance=()=>input[++state.index]||"";const remaining=()=>input.slice(state.index+1);const consume=(value="",num=0)=>{state.consumed+=value;state.index+=num};const append=token=>{state.output+=token.output!=null?token.output:token.value;consume(token.value)};const negate=()=>{let count=1;while(peek()==="!"&&(peek(2)!=="("||peek(3)==="?")){advance();state.start++;count++}if(count%2===0){return false}state.negated=true;state.start++;return true};const increment=type=>{state[type]++;stack.push(type)};const decrement=type=>{state[type]--;stack.pop()};const push=tok=>{if(prev.type==="globstar"){const isBrace=state.braces>0&&(tok.type==="comma"||tok.type==="brace");const isExtglob=tok.extglob===true||extglobs.length&&(tok.type==="pipe"||tok.type==="paren");if(tok.type!=="slash"&&tok.type!=="paren"&&!isBrace&&!isExtglob){state.output=state.output.slice(0,-prev.output.length);prev.type="star";prev.value="*";prev.output=star;state.output+=prev.output}}if(extglobs.length&&tok.type!=="paren"){extglobs[extglobs.length-1].inner+=tok.value}if(tok.value||tok.output)append(tok);if(prev&&prev.type==="text"&&tok.type==="text"){prev.output=(prev.output||prev.value)+tok.value;prev.value+=tok.value;return}tok.prev=prev;tokens.push(tok);prev=tok};const extglobOpen=(type,value)=>{const token={...EXTGLOB_CHARS[value],conditions:1,inner:""};token.prev=prev;token.parens=state.parens;token.output=state.output;token.startIndex=state.index;token.tokensIndex=tokens.length;const output=(opts.capture?"(":"")+token.open;increment("parens");push({type,value,output:state.output?"":ONE_CHAR});push({type:"paren",extglob:true,value:advance(),output});extglobs.push(token)};const extglobClose=token=>{const literal=input.slice(token.startIndex,state.index+1);const body=input.slice(token.startIndex+2,state.index);const analysis=analyzeRepeatedExtglob(body,opts);if((token.type==="plus"||token.type==="star")&&analysis.risky){const safeOutput=analysis.safeOutput?(token.output?"":ONE_CHAR)+(opts.capture?`(${analysis.safeOutput})`:analysis.safeOutput):undefined;const open=tokens[token.tokensIndex];open.type="text";open.value=literal;open.output=safeOutput||utils.escapeRegex(literal);for(let i=token.tokensIndex+1;i<tokens.length;i++){tokens[i].value="";tokens[i].output="";delete tokens[i].suffix}state.output=token.output+open.output;state.backtrack=true;push({type:"paren",extglob:true,value,output:""});decrement("parens");return}let output=token.close+(opts.capture?")":"");let rest;if(token.type==="negate"){let extglobStar=star;if(token.inner&&token.inner.length>1&&token.inner.includes("/")){extglobStar=globstar(opts)}if(extglobStar!==star||eos()||/^\)+$/.test(remaining())){output=token.close=`)$))${extglobStar}`}if(token.inner.includes("*")&&(rest=remaining())&&/^\.[^\\/.]+$/.test(rest)){const expression=parse(rest,{...options,fastpaths:false}).output;output=token.close=`)${expression})${extglobStar})`}if(token.prev.type==="bos"){state.negatedExtglob=true}}push({type:"paren",extglob:true,value,output});decrement("parens")};if(opts.fastpaths!==false&&!/(^[*!]|[/()[\]{}"])/.test(input)){let backslashes=false;let output=input.replace(REGEX_SPECIAL_CHARS_BACKREF,(m,esc,chars,first,rest,index)=>{if(first==="\\"){backslashes=true;return m}if(first==="?"){if(esc){return esc+first+(rest?QMARK.repeat(rest.length):"")}if(index===0){return qmarkNoDot+(rest?QMARK.repeat(rest.length):"")}return QMARK.repeat(chars.length)}if(first==="."){return DOT_LITERAL.repeat(chars.length)}if(first==="*"){if(esc){return esc+first+(rest?star:"")}return star}return esc?m:`\\${m}`});if(backslashes===true){if(opts.unescape===true){output=output.replace(/\\/g,"")}else{output=output.replace(/\\+/g,m=>{return m.length%2===0?"\\\\":m?"\\":""})}}if(output===input&&opts.contains===true){state.output=input;return state}state.output=utils.wrapOutput(output,state,options);return state}while(!eos()){value=advance();if(value==="\0"){continue}if(value==="\\"){const next=peek();if(next==="/"&&opts.bash!==true){continue}if(next==="."||next===";"){continue}if(!next){value+="\\";push({type:"text",value});continue}const match=/^\\+/.exec(remaining());let slashes=0;if(match&&match[0].length>2){slashes=match[0].length;state.index+=slashes;if(slashes%2!==0){value+="\\"}}if(opts.unescape===true){value=advance()}else{value+=advance()}if(state.brackets===0){push({type:"text",value});continue}}if(state.brackets>0&&(value!=="]"||prev.value==="["||prev.value==="[^")){if(opts.posix!==false&&value===":"){const inner=prev.value.slice(1);if(inner.includes("[")){prev.posix=true;if(inner.includes(":")){const idx=prev.value.lastIndexOf("[");const pre=prev.value.slice(0,idx);const rest=prev.value.slice(idx+2);const posix=POSIX_REGEX_SOURCE[rest];if(posix){prev.value=pre+posix;state.backtrack=true;advance();if(!bos.output&&tokens.indexOf(prev)===1){bos.output=ONE_CHAR}continue}}}}if(value==="["&&peek()!==":"||value==="-"&&peek()==="]"){value=`\\${value}`}if(value==="]"&&(prev.value==="["||prev.value==="[^")){value=`\\${value}`}if(opts.posix===true&&value==="!"&&prev.value==="["){value="^"}prev.value+=value;append({value});continue}if(state.quotes===1&&value!=='"'){value=utils.escapeRegex(value);prev.value+=value;append({value});continue}if(value==='"'){state.quotes=state.quotes===1?0:1;if(opts.keepQuotes===true){push({type:"text",value})}continue}if(value==="("){increment("parens");push({type:"paren",value});continue}if(value===")"){if(state.parens===0&&opts.strictBrackets===true){throw new SyntaxError(syntaxError("opening","("))}const extglob=extglobs[extglobs.length-1];if(extglob&&state.parens===extglob.parens+1){extglobClose(extglobs.pop());continue}push({type:"paren",value,output:state.parens?")":"\\)"});decrement("parens");continue}if(value==="["){if(opts.nobracket===true||!remaining().includes("]")){if(opts.nobracket!==true&&opts.strictBrackets===true){throw new SyntaxError(syntaxError("closing","]"))}value=`\\${value}`}else{increment("brackets")}push({type:"bracket",value});continue}if(value==="]"){if(opts.nobracket===true||prev&&prev.type==="bracket"&&prev.value.length===1){push({type:"text",value,output:`\\${value}`});continue}if(state.brackets===0){if(opts.strictBrackets===true){throw new SyntaxError(syntaxError("opening","["))}push({type:"text",value,output:`\\${value}`});continue}decrement("brackets");const prevValue=prev.value.slice(1);if(prev.posix!==true&&prevValue[0]==="^"&&!prevValue.includes("/")){value=`/${value}`}prev.value+=value;append({value});if(opts.literalBrackets===false||utils.hasRegexChars(prevValue)){continue}const escaped=utils.escapeRegex(prev.value);state.output=state.output.slice(0,-prev.value.length);if(opts.literalBrackets===true){state.output+=escaped;prev.value=escaped;continue}prev.value=`(${capture}${escaped}|${prev.value})`;state.output+=prev.value;continue}if(value==="{"&&opts.nobrace!==true){increment("braces");const open={type:"brace",value,output:"(",outputIndex:state.output.length,tokensIndex:state.tokens.length};braces.push(open);push(open);continue}if(value==="}"){const brace=braces[braces.length-1];if(opts.nobrace===true||!brace){push({type:"text",value,output:value});continue}let output=")";if(brace.dots===true){const arr=tokens.slice();const range=[];for(let i=arr.length-1;i>=0;i--){tokens.pop();if(arr[i].type==="brace"){break}if(arr[i].type!=="dots"){range.unshift(arr[i].value)}}output=expandRange(range,opts);state.backtrack=true}if(brace.comma!==true&&brace.dots!==true){const out=state.output.slice(0,brace.outputIndex);const toks=state.tokens.slice(brace.tokensIndex);brace.value=brace.output="\\{";value=output="\\}";state.output=out;for(const t of toks){state.output+=t.output||t.value}}push({type:"brace",value,output});decrement("braces");braces.pop();continue}if(value==="|"){if(extglobs.length>0){extglobs[extglobs.length-1].conditions++}push({type:"text",value});continue}if(value===","){let output=value;const brace=braces[braces.length-1];if(brace&&stack[stack.length-1]==="braces"){brace.comma=true;output="|"}push({type:"comma",value,output});continue}if(value==="/"){if(prev.type==="dot"&&state.index===state.start+1){state.start=state.index+1;state.consumed="";state.output="";tokens.pop();prev=bos;continue}push({type:"slash",value,output:SLASH_LITERAL});continue}if(value==="."){if(state.braces>0&&prev.type==="dot"){if(prev.value===".")prev.output=DOT_LITERAL;const brace=braces[braces.length-1];prev.type="dots";prev.output+=value;prev.value+=value;brace.dots=true;continue}if(state.braces+state.parens===0&&prev.type!=="bos"&&prev.type!=="slash"){push({type:"text",value,output:DOT_LITERAL});continue}push({type:"dot",value,output:DOT_LITERAL});continue}if(value==="?"){const isGroup=prev&&prev.value==="(";if(!isGroup&&opts.noextglob!==true&&peek()==="("&&peek(2)!=="?"){extglobOpen("qmark",value);continue}if(prev&&prev.type==="paren"){const next=peek();let output=value;if(prev.value==="("&&!/[!=<:]/.test(next)||next==="<"&&!/<([!=]|\w+>)/.test(remaining())){output=`\\${value}`}push({type:"text",value,output});continue}if(opts.dot!==true&&(prev.type==="slash"||prev.type==="bos")){push({type:"qmark",value,output:QMARK_NO_DOT});continue}push({type:"qmark",value,output:QMARK});continue}if(value==="!"){if(opts.noextglob!==true&&peek()==="("){if(peek(2)!=="?"||!/[!=<:]/.test(peek(3))){extglobOpen("negate",value);continue}}if(opts.nonegate!==true&&state.index===0){negate();continue}}if(value==="+"){if(opts.noextglob!==true&&peek()==="("&&peek(2)!=="?"){extglobOpen("plus",value);continue}if(prev&&prev.value==="("||opts.regex===false){push({type:"plus",value,output:PLUS_LITERAL});continue}if(prev&&(prev.type==="bracket"||prev.type==="paren"||prev.type==="brace")||state.parens>0){push({type:"plus",value});continue}push({type:"plus",value:PLUS_LITERAL});continue}if(value==="@"){if(opts.noextglob!==true&&peek()==="("&&peek(2)!=="?"){push({type:"at",extglob:true,value,output:""});continue}push({type:"text",value});continue}if(value!=="*"){if(value==="$"||value==="^"){value=`\\${value}`}const match=REGEX_NON_SPECIAL_CHARS.exec(remaining());if(match){value+=match[0];state.index+=match[0].length}push({type:"text",value});continue}if(prev&&(prev.type==="globstar"||prev.star===true)){prev.type="star";prev.star=true;prev.value+=value;prev.output=star;state.backtrack=true;state.globstar=true;consume(value);continue}let rest=remaining();if(opts.noextglob!==true&&/^\([^?]/.test(rest)){extglobOpen("star",value);continue}if(prev.type==="star"){if(opts.noglobstar===true){consume(value);continue}const prior=prev.prev;const before=prior.prev;const isStart=prior.type==="slash"||prior.type==="bos";const afterStar=before&&(before.type==="star"||before.type==="globstar");if(opts.bash===true&&(!isStart||rest[0]&&rest[0]!=="/")){push({type:"star",value,output:""});continue}const isBrace=state.braces>0&&(prior.type==="comma"||prior.type==="brace");const isExtglob=extglobs.length&&(prior.type==="pipe"||prior.type==="paren");if(!isStart&&prior.type!=="paren"&&!isBrace&&!isExtglob){push({type:"star",value,output:""});continue}while(rest.slice(0,3)==="/**"){const after=input[state.index+4];if(after&&after!=="/"){break}rest=rest.slice(3);consume("/**",3)}const isEnd=eos()||state.parens>0&&rest===")".repeat(state.parens)&&!extglobs.some(extglob=>extglob.type==="negate");if(prior.type==="bos"&&eos()){prev.type="globstar";prev.value+=value;prev.output=globstar(opts);state.output=prev.output;state.globstar=true;consume(value);continue}if(prior.type==="slash"&&prior.prev.type!=="bos"&&!afterStar&&isEnd){state.output=state.output.slice(0,-(prior.output+prev.output).length);prior.output=`(?:${prior.output}`;prev.type="globstar";prev.output=globstar(opts)+(opts.strictSlashes?")":"|$)");prev.value+=value;state.globstar=true;state.output+=prior.output+prev.output;consume(value);continue}if(prior.type==="slash"&&prior.prev.type!=="bos"&&rest[0]==="/"){const end=rest[1]!==void 0?"|$":"";state.output=state.output.slice(0,-(prior.output+prev.output).length);prior.output=`(?:${prior.output}`;prev.type="globstar";prev.output=`${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;prev.value+=value;state.output+=prior.output+prev.output;state.globstar=true;consume(value+advance());push({type:"slash",value:"/",output:""});continue}if(prior.type==="bos"&&rest[0]==="/"){prev.type="globstar";prev.value+=value;prev.output=`(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;state.output=prev.output;state.globstar=true;consume(value+advance());push({type:"slash",value:"/",output:""});continue}state.output=state.output.slice(0,-prev.output.length);prev.type="globstar";prev.output=globstar(opts);prev.value+=value;state.output+=prev.output;state.globstar=true;consume(value);continue}const token={type:"star",value,output:star};if(opts.bash===true){token.output=".*?";if(prev.type==="bos"||prev.type==="slash"){token.output=nodot+token.output}push(token);continue}if(prev&&(prev.type==="bracket"||prev.type==="paren")&&opts.regex===true){token.output=value;push(token);continue}if(state.index===state.start||prev.type==="slash"||prev.type==="dot"){if(prev.type==="dot"){state.output+=NO_DOT_SLASH;prev.output+=NO_DOT_SLASH}else if(opts.dot===true){state.output+=NO_DOTS_SLASH;prev.output+=NO_DOTS_SLASH}else{state.output+=nodot;prev.output+=nodot}if(peek()!=="*"){state.output+=ONE_CHAR;prev.output+=ONE_CHAR}}push(token)}while(state.brackets>0){if(opts.strictBrackets===true)throw new SyntaxError(syntaxError("closing","]"));state.output=utils.escapeLast(state.output,"[");decrement("brackets")}while(state.parens>0){if(opts.strictBrackets===true)throw new SyntaxError(syntaxError("closing",")"));state.output=utils.escapeLast(state.output,"(");decrement("parens")}while(state.braces>0){if(opts.strictBrackets===true)throw new SyntaxError(syntaxError("closing","}"));state.output=utils.escapeLast(state.output,"{");decrement("braces")}if(opts.strictSlashes!==true&&(prev.type==="star"||prev.type==="bracket")){push({type:"maybe_slash",value:"",output:`${SLASH_LITERAL}?`})}if(state.backtrack===true){state.output="";for(const token of state.tokens){state.output+=token.output!=null?token.output:token.value;if(token.suffix){state.output+=token.suffix}}}return state};parse.fastpaths=(input,options)=>{const opts={...options};const max=typeof opts.maxLength==="number"?Math.min(MAX_LENGTH,opts.maxLength):MAX_LENGTH;const len=input.length;if(len>max){throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`)}input=REPLACEMENTS[input]||input;const{DOT_LITERAL,SLASH_LITERAL,ONE_CHAR,DOTS_SLASH,NO_DOT,NO_DOTS,NO_DOTS_SLASH,STAR,START_ANCHOR}=constants.globChars(opts.windows);const nodot=opts.dot?NO_DOTS:NO_DOT;const slashDot=opts.dot?NO_DOTS_SLASH:NO_DOT;const capture=opts.capture?"":"?:";const state={negated:false,prefix:""};let star=opts.bash===true?".*?":STAR;if(opts.capture){star=`(${star})`}const globstar=opts=>{if(opts.noglobstar===true)return star;return`(${capture}(?:(?!${START_ANCHOR}${opts.dot?DOTS_SLASH:DOT_LITERAL}).)*?)`};const create=str=>{switch(str){case"*":return`${nodot}${ONE_CHAR}${star}`;case".*":return`${DOT_LITERAL}${ONE_CHAR}${star}`;case"*.*":return`${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;case"*/*":return`${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;case"**":return nodot+globstar(opts);case"**/*":return`(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;case"**/*.*":return`(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;case"**/.*":return`(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;default:{const match=/^(.*?)\.(\w+)$/.exec(str);if(!match)return;const source=create(match[1]);if(!source)return;return source+DOT_LITERAL+match[2]}}};const output=utils.removePrefix(input,state);let source=create(output);if(source&&opts.strictSlashes!==true){source+=`${SLASH_LITERAL}?`}return source};module.exports=parse}),98016:((module,__unused_webpack_exports,__webpack_require__)=>{const scan=__webpack_require__(31781);const parse=__webpack_require__(78265);const utils=__webpack_require__(64059);const constants=__webpack_require__(5595);const isObject=val=>val&&typeof val==="object"&&!Array.isArray(val);const picomatch=(glob,options,returnState=false)=>{if(Array.isArray(glob)){const fns=glob.map(input=>picomatch(input,options,returnState));const arrayMatcher=str=>{for(const isMatch of fns){const state=isMatch(str);if(state)return state}return false};return arrayMatcher}const isState=isObject(glob)&&glob.tokens&&glob.input;if(glob===""||typeof glob!=="string"&&!isState){throw new TypeError("Expected pattern to be a non-empty string")}const opts=options||{};const posix=opts.windows;const regex=isState?picomatch.compileRe(glob,options):picomatch.makeRe(glob,options,false,true);const state=regex.state;delete regex.state;let isIgnored=()=>false;if(opts.ignore){const ignoreOpts={...options,ignore:null,onMatch:null,onResult:null};isIgnored=picomatch(opts.ignore,ignoreOpts,returnState)}const matcher=(input,returnObject=false)=>{const{isMatch,match,output}=picomatch.test(input,regex,options,{glob,posix});const result={glob,state,regex,posix,input,output,match,isMatch};if(typeof opts.onResult==="function"){opts.onResult(result)}if(isMatch===false){result.isMatch=false;return returnObject?result:false}if(isIgnored(input)){if(typeof opts.onIgnore==="function"){opts.onIgnore(result)}result.isMatch=false;return returnObject?result:false}if(typeof opts.onMatch==="function"){opts.onMatch(result)}return returnObject?result:true};if(returnState){matcher.state=state}return matcher};picomatch.test=(input,regex,options,{glob,posix}={})=>{if(typeof input!=="string"){throw new TypeError("Expected input to be a string")}if(input===""){return{isMatch:false,output:""}}const opts=options||{};const format=opts.format||(posix?utils.toPosixSlashes:null);let match=input===glob;let output=match&&format?format(input):input;if(match===false){output=format?format(input):input;match=output===glob}if(match===false||opts.capture===true){if(opts.matchBase===true||opts.basename===true){match=picomatch.matchBase(input,regex,options,posix)}else{match=regex.exec(output)}}return{isMatch:Boolean(match),match,output}};picomatch.matchBase=(input,glob,options,posix=options&&options.windows)=>{const regex=glob instanceof RegExp?glob:picomatch.makeRe(glob,options);return regex.test(utils.basename(input,{windows:posix}))};picomatch.isMatch=(str,patterns,options)=>picomatch(patterns,options)(str);picomatch.parse=(pattern,options)=>{if(Array.isArray(pattern))return pattern.map(p=>picomatch.parse(p,options));return parse(pattern,{...options,fastpaths:false})};picomatch.scan=(input,options)=>scan(input,options);picomatch.compileRe=(state,options,returnOutput=false,returnState=false)=>{if(returnOutput===true){return state.output}const opts=options||{};const prepend=opts.contains?"":"^";const append=opts.contains?"":"$";let source=`${prepend}(?:${state.output})${append}`;if(state&&state.negated===true){source=`^(?!${source}).*$`}const regex=picomatch.toRegex(source,options);if(returnState===true){regex.state=state}return regex};picomatch.makeRe=(input,options={},returnOutput=false,returnState=false)=>{if(!input||typeof input!=="string"){throw new TypeError("Expected a non-empty string")}let parsed={negated:false,fastpaths:true};if(options.fastpaths!==false&&(input[0]==="."||input[0]==="*")){parsed.output=parse.fastpaths(input,options)}if(!parsed.output){parsed=parse(input,options)}return picomatch.compileRe(parsed,options,returnOutput,returnState)};picomatch.toRegex=(source,options)=>{try{const opts=options||{};return new RegExp(source,opts.flags||(opts.nocase?"i":""))}catch(err){if(options&&options.debug===true)throw err;return/$^/}};picomatch.constants=constants;module.exports=picomatch}),31781:((module,__unused_webpack_exports,__webpack_require__)=>{const utils=__webpack_require__(64059);const{CHAR_ASTERISK,CHAR_AT,CHAR_BACKWARD_SLASH,CHAR_COMMA,CHAR_DOT,CHAR_EXCLAMATION_MARK,CHAR_FORWARD_SLASH,CHAR_LEFT_CURLY_BRACE,CHAR_LEFT_PARENTHESES,CHAR_LEFT_SQUARE_BRACKET,CHAR_PLUS,CHAR_QUESTION_MARK,CHAR_RIGHT_CURLY_BRACE,CHAR_RIGHT_PARENTHESES,CHAR_RIGHT_SQUARE_BRACKET}=__webpack_require__(5595);const isPathSeparator=code=>{return code===CHAR_FORWARD_SLASH||code===CHAR_BACKWARD_SLASH};const depth=token=>{if(token.isPrefix!==true){token.depth=token.isGlobstar?Infinity:1}};const scan=(input,options)=>{const opts=options||{};const length=input.length-1;const scanToEnd=opts.parts===true||opts.tokens===true||opts.scanToEnd===true;const slashes=[];const tokens=[];const parts=[];let str=input;let index=-1;let start=0;let lastIndex=0;let isBrace=false;let isBracket=false;let isGlob=false;let isExtglob=false;let isGlobstar=false;let braceEscaped=false;let backslashes=false;let negated=false;let negatedExtglob=false;let finished=false;let braces=0;let prev;let code;let token={value:"",depth:0,isGlob:false};const eos=()=>index>=length;const peek=()=>str.charCodeAt(index+1);const advance=()=>{prev=code;return str.charCodeAt(++index)};while(index<length){code=advance();let next;if(code===CHAR_BACKWARD_SLASH){backslashes=token.backslashes=true;code=advance();if(code===CHAR_LEFT_CURLY_BRACE){braceEscaped=true}continue}if(braceEscaped===true||code===CHAR_LEFT_CURLY_BRACE){braces++;while(eos()!==true&&(code=advance())){if(code===CHAR_BACKWARD_SLASH){backslashes=token.backslashes=true;advance();continue}if(code===CHAR_LEFT_CURLY_BRACE){braces++;continue}if(braceEscaped!==true&&code===CHAR_DOT&&(code=advance())===CHAR_DOT){isBrace=token.isBrace=true;isGlob=token.isGlob=true;finished=true;if(scanToEnd===true){continue}break}if(braceEscaped!==true&&code===CHAR_COMMA){isBrace=token.isBrace=true;isGlob=token.isGlob=true;finished=true;if(scanToEnd===true){continue}break}if(code===CHAR_RIGHT_CURLY_BRACE){braces--;if(braces===0){braceEscaped=false;isBrace=token.isBrace=true;finished=true;break}}}if(scanToEnd===true){continue}break}if(code===CHAR_FORWARD_SLASH){slashes.push(index);tokens.push(token);token={value:"",depth:0,isGlob:false};if(finished===true)continue;if(prev===CHAR_DOT&&index===start+1){start+=2;continue}lastIndex=index+1;continue}if(opts.noext!==true){const isExtglobChar=code===CHAR_PLUS||code===CHAR_AT||code===CHAR_ASTERISK||code===CHAR_QUESTION_MARK||code===CHAR_EXCLAMATION_MARK;if(isExtglobChar===true&&peek()===CHAR_LEFT_PARENTHESES){isGlob=token.isGlob=true;isExtglob=token.isExtglob=true;finished=true;if(code===CHAR_EXCLAMATION_MARK&&index===start){negatedExtglob=true}if(scanToEnd===true){let parens=0;while(eos()!==true&&(code=advance())){if(code===CHAR_BACKWARD_SLASH){backslashes=token.backslashes=true;advance();continue}if(code===CHAR_LEFT_PARENTHESES){parens++;continue}if(code===CHAR_RIGHT_PARENTHESES&&--parens===0){finished=true;break}}continue}break}}if(code===CHAR_ASTERISK){if(prev===CHAR_ASTERISK)isGlobstar=token.isGlobstar=true;isGlob=token.isGlob=true;finished=true;if(scanToEnd===true){continue}break}if(code===CHAR_QUESTION_MARK){isGlob=token.isGlob=true;finished=true;if(scanToEnd===true){continue}break}if(code===CHAR_LEFT_SQUARE_BRACKET){while(eos()!==true&&(next=advance())){if(next===CHAR_BACKWARD_SLASH){backslashes=token.backslashes=true;advance();continue}if(next===CHAR_RIGHT_SQUARE_BRACKET){isBracket=token.isBracket=true;isGlob=token.isGlob=true;finished=true;break}}if(scanToEnd===true){continue}break}if(opts.nonegate!==true&&code===CHAR_EXCLAMATION_MARK&&index===start){negated=token.negated=true;start++;continue}if(opts.noparen!==true&&code===CHAR_LEFT_PARENTHESES){isGlob=token.isGlob=true;if(scanToEnd===true){let parens=1;while(eos()!==true&&(code=advance())){if(code===CHAR_BACKWARD_SLASH){backslashes=token.backslashes=true;advance();continue}if(code===CHAR_LEFT_PARENTHESES){parens++;continue}if(code===CHAR_RIGHT_PARENTHESES&&--parens===0){finished=true;break}}continue}break}if(isGlob===true){finished=true;if(scanToEnd===true){continue}break}}if(opts.noext===true){isExtglob=false;isGlob=false}let base=str;let prefix="";let glob="";if(start>0){prefix=str.slice(0,start);str=str.slice(start);lastIndex-=start}if(base&&isGlob===true&&lastIndex>0){base=str.slice(0,lastIndex);glob=str.slice(lastIndex)}else if(isGlob===true){base="";glob=str}else{base=str}if(base&&base!==""&&base!=="/"&&base!==str){if(isPathSeparator(base.charCodeAt(base.length-1))){base=base.slice(0,-1)}}if(opts.unescape===true){if(glob)glob=utils.removeBackslashes(glob);if(base&&backslashes===true){base=utils.removeBackslashes(base)}}const state={prefix,input,start,base,glob,isBrace,isBracket,isGlob,isExtglob,isGlobstar,negated,negatedExtglob};if(opts.tokens===true){state.maxDepth=0;if(!isPathSeparator(code)){tokens.push(token)}state.tokens=tokens}if(opts.parts===true||opts.tokens===true){let prevIndex;for(let idx=0;idx<slashes.length;idx++){const n=prevIndex!==undefined?prevIndex+1:start;const i=slashes[idx];const value=input.slice(n,i);if(opts.tokens){if(idx===0&&start!==0){tokens[idx].isPrefix=true;tokens[idx].value=prefix}else{tokens[idx].value=value}depth(tokens[idx]);state.maxDepth+=tokens[idx].depth}if(i>=start){parts.push(value);prevIndex=i}}const n=prevIndex!==undefined?prevIndex+1:start;const value=input.slice(n);parts.push(value);if(opts.tokens&&prevIndex&&prevIndex+1<input.length){tokens[tokens.length-1].value=value;depth(tokens[tokens.length-1]);state.maxDepth+=tokens[tokens.length-1].depth}state.slashes=slashes;state.parts=parts}return state};module.exports=scan}),64059:((__unused_webpack_module,exports,__webpack_require__)=>{const{REGEX_BACKSLASH,REGEX_REMOVE_BACKSLASH,REGEX_SPECIAL_CHARS,REGEX_SPECIAL_CHARS_GLOBAL}=__webpack_require__(5595);exports.isObject=val=>val!==null&&typeof val==="object"&&!Array.isArray(val);exports.hasRegexChars=str=>REGEX_SPECIAL_CHARS.test(str);exports.isRegexChar=str=>str.length===1&&exports.hasRegexChars(str);exports.escapeRegex=str=>str.replace(REGEX_SPECIAL_CHARS_GLOBAL,"\\$1");exports.toPosixSlashes=str=>str.replace(REGEX_BACKSLASH,"/");exports.isWindows=()=>{if(typeof navigator!=="undefined"&&navigator.platform){const platform=navigator.platform.toLowerCase();return platform==="win32"||platform==="windows"}if(typeof process!=="undefined"&&process.platform){return process.platform==="win32"}return false};exports.removeBackslashes=str=>{return str.replace(REGEX_REMOVE_BACKSLASH,match=>{return match==="\\"?"":match})};exports.escapeLast=(input,char,lastIdx)=>{const idx=input.lastIndexOf(char,lastIdx);if(idx===-1)return input;if(input[idx-1]==="\\")return exports.escapeLast(input,char,idx-1);return`${input.slice(0,idx)}\\${input.slice(idx)}`};exports.removePrefix=(input,state={})=>{let output=input;if(output.startsWith("./")){output=output.slice(2);state.prefix="./"}return output};exports.wrapOutput=(input,state={},options={})=>{const prepend=options.contains?"":"^";const append=options.contains?"":"$";let output=`${prepend}(?:${input})${append}`;if(state.negated===true){output=`(?:^(?!${output}).*$)`}return output};exports.basename=(path,{windows}={})=>{const segs=path.split(windows?/[\\/]/:"/");const last=segs[segs.length-1];if(last===""){return segs[segs.length-2]}return last}}),78328:((module,exports,__webpack_require__)=>{Object.defineProperty(exports,"__esModule",{value:true});exports.MissingRefError=exports.ValidationError=exports.CodeGen=exports.Name=exports.nil=exports.stringify=exports.str=exports._=exports.KeywordCxt=exports.Ajv2020=void 0;const core_1=__webpack_require__(5703);const draft2020_1=__webpack_require__(8884);const discriminator_1=__webpack_require__(40504);const json_schema_2020_12_1=__webpack_require__(94053);const META_SCHEMA_ID="https://json-schema.org/draft/2020-12/schema";class Ajv2020 extends core_1.default{constructor(opts={}){super({...opts,dynamicRef:true,next:true,unevaluated:true})}_addVocabularies(){super._addVocabularies();draft2020_1.default.forEach(v=>this.addVocabulary(v));if(this.opts.discriminator)this.addKeyword(discriminator_1.default)}_addDefaultMetaSchema(){super._addDefaultMetaSchema();const{$data,meta}=this.opts;if(!meta)return;json_schema_2020_12_1.default.call(this,$data);this.refs["http://json-schema.org/schema"]=META_SCHEMA_ID}defaultMeta(){return this.opts.defaultMeta=super.defaultMeta()||(this.getSchema(META_SCHEMA_ID)?META_SCHEMA_ID:undefined)}}exports.Ajv2020=Ajv2020;module.exports=exports=Ajv2020;module.exports.Ajv2020=Ajv2020;Object.defineProperty(exports,"__esModule",{value:true});exports["default"]=Ajv2020;var validate_1=__webpack_require__(45631);Object.defineProperty(exports,"KeywordCxt",{enumerable:true,get:function(){return validate_1.KeywordCxt}});var codegen_1=__webpack_require__(75306);Object.defineProperty(exports,"_",{enumerable:true,get:function(){return codegen_1._}});Object.defineProperty(exports,"str",{enumerable:true,get:function(){return codegen_1.str}});Object.defineProperty(exports,"stringify",{enumerable:true,get:function(){return codegen_1.stringify}});Object.defineProperty(exports,"nil",{enumerable:true,get:function(){return codegen_1.nil}});Object.defineProperty(exports,"Name",{enumerable:true,get:function(){return codegen_1.Name}});Object.defineProperty(exports,"CodeGen",{enumerable:true,get:function(){return codegen_1.CodeGen}});var validation_error_1=__webpack_require__(78391);Object.defineProperty(exports,"ValidationError",{enumerable:true,get:function(){return validation_error_1.default}});var ref_error_1=__webpack_require__(7924);Object.defineProperty(exports,"MissingRefError",{enumerable:true,get:function(){return ref_error_1.default}})}),24909:((__unused_webpack_module,exports)=>{Object.defineProperty(exports,"__esModule",{value:true});exports.regexpCode=exports.getEsmExportName=exports.getProperty=exports.safeStringify=exports.stringify=exports.strConcat=exports.addCodeArg=exports.str=exports._=exports.nil=exports._Code=exports.Name=exports.IDENTIFIER=exports._CodeOrName=void 0;class _CodeOrName{}exports._CodeOrName=_CodeOrName;exports.IDENTIFIER=/^[a-z$_][a-z$_0-9]*$/i;class Name extends _CodeOrName{constructor(s){super();if(!exports.IDENTIFIER.test(s))throw new Error("CodeGen: name must be a valid identifier");this.str=s}toString(){return this.str}emptyStr(){return false}get names(){return{[this.str]:1}}}exports.Name=Name;class _Code extends _CodeOrName{constructor(code){super();this._items=typeof code==="string"?[code]:code}toString(){return this.str}emptyStr(){if(this._items.length>1)return false;const item=this._items[0];return item===""||item==='""'}get str(){var _a;return(_a=this._str)!==null&&_a!==void 0?_a:this._str=this._items.reduce((s,c)=>`${s}${c}`,"")}get names(){var _a;return(_a=this._names)!==null&&_a!==void 0?_a:this._names=this._items.reduce((names,c)=>{if(c instanceof Name)names[c.str]=(names[c.str]||0)+1;return names},{})}}exports._Code=_Code;exports.nil=new _Code("");function _(strs,...args){const code=[strs[0]];let i=0;while(i<args.length){addCodeArg(code,args[i]);code.push(strs[++i])}return new _Code(code)}exports._=_;const plus=new _Code("+");function str(strs,...args){const expr=[safeStringify(strs[0])];let i=0;while(i<args.length){expr.push(plus);addCodeArg(expr,args[i]);expr.push(plus,safeStringify(strs[++i]))}optimize(expr);return new _Code(expr)}exports.str=str;function addCodeArg(code,arg){if(arg instanceof _Code)code.push(...arg._items);else if(arg instanceof Name)code.push(arg);else code.push(interpolate(arg))}exports.addCodeArg=addCodeArg;function optimize(expr){let i=1;while(i<expr.length-1){if(expr[i]===plus){const res=mergeExprItems(expr[i-1],expr[i+1]);if(res!==undefined){expr.splice(i-1,3,res);continue}expr[i++]="+"}i++}}function mergeExprItems(a,b){if(b==='""')return a;if(a==='""')return b;if(typeof a=="string"){if(b instanceof Name||a[a.length-1]!=='"')return;if(typeof b!="string")return`${a.slice(0,-1)}${b}"`;if(b[0]==='"')return a.slice(0,-1)+b.slice(1);return}if(typeof b=="string"&&b[0]==='"'&&!(a instanceof Name))return`"${a}${b.slice(1)}`;return}function strConcat(c1,c2){return c2.emptyStr()?c1:c1.emptyStr()?c2:str`${c1}${c2}`}exports.strConcat=strConcat;function interpolate(x){return typeof x=="number"||typeof x=="boolean"||x===null?x:safeStringify(Array.isArray(x)?x.join(","):x)}function stringify(x){return new _Code(safeStringify(x))}exports.stringify=stringify;function safeStringify(x){return JSON.stringify(x).replace(/\u2028/g,"\\u2028").replace(/\u2029/g,"\\u2029")}exports.safeStringify=safeStringify;function getProperty(key){return typeof key=="string"&&exports.IDENTIFIER.test(key)?new _Code(`.${key}`):_`[${key}]`}exports.getProperty=getProperty;function getEsmExportName(key){if(typeof key=="string"&&exports.IDENTIFIER.test(key)){return new _Code(`${key}`)}throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`)}exports.getEsmExportName=getEsmExportName;function regexpCode(rx){return new _Code(rx.toString())}exports.regexpCode=regexpCode}),75306:((__unused_webpack_module,exports,__webpack_require__)=>{Object.defineProperty(exports,"__esModule",{value:true});exports.or=exports.and=exports.not=exports.CodeGen=exports.operators=exports.varKinds=exports.ValueScopeName=exports.ValueScope=exports.Scope=exports.Name=exports.regexpCode=exports.stringify=exports.getProperty=exports.nil=exports.strConcat=exports.str=exports._=void 0;const code_1=__webpack_require__(24909);const scope_1=__webpack_require__(30210);var code_2=__webpack_require__(24909);Object.defineProperty(exports,"_",{enumerable:true,get:function(){return code_2._}});Object.defineProperty(exports,"str",{enumerable:true,get:function(){return code_2.str}});Object.defineProperty(exports,"strConcat",{enumerable:true,get:function(){return code_2.strConcat}});Object.defineProperty(exports,"nil",{enumerable:true,get:function(){return code_2.nil}});Object.defineProperty(exports,"getProperty",{enumerable:true,get:function(){return code_2.getProperty}});Object.defineProperty(exports,"stringify",{enumerable:true,get:function(){return code_2.stringify}});Object.defineProperty(exports,"regexpCode",{enumerable:true,get:function(){return code_2.regexpCode}});Object.defineProperty(exports,"Name",{enumerable:true,get:function(){return code_2.Name}});var scope_2=__webpack_require__(30210);Object.defineProperty(exports,"Scope",{enumerable:true,get:function(){return scope_2.Scope}});Object.defineProperty(exports,"ValueScope",{enumerable:true,get:function(){return scope_2.ValueScope}});Object.defineProperty(exports,"ValueScopeName",{enumerable:true,get:function(){return scope_2.ValueScopeName}});Object.defineProperty(exports,"varKinds",{enumerable:true,get:function(){return scope_2.varKinds}});exports.operators={GT:new code_1._Code(">"),GTE:new code_1._Code(">="),LT:new code_1._Code("<"),LTE:new code_1._Code("<="),EQ:new code_1._Code("==="),NEQ:new code_1._Code("!=="),NOT:new code_1._Code("!"),OR:new code_1._Code("||"),AND:new code_1._Code("&&"),ADD:new code_1._Code("+")};class Node{optimizeNodes(){return this}optimizeNames(_names,_constants){return this}}class Def extends Node{constructor(varKind,name,rhs){super();this.varKind=varKind;this.name=name;this.rhs=rhs}render({es5,_n}){const varKind=es5?scope_1.varKinds.var:this.varKind;const rhs=this.rhs===undefined?"":` = ${this.rhs}`;return`${varKind} ${this.name}${rhs};`+_n}optimizeNames(names,constants){if(!names[this.name.str])return;if(this.rhs)this.rhs=optimizeExpr(this.rhs,names,constants);return this}get names(){return this.rhs instanceof code_1._CodeOrName?this.rhs.names:{}}}class Assign extends Node{constructor(lhs,rhs,sideEffects){super();this.lhs=lhs;this.rhs=rhs;this.sideEffects=sideEffects}render({_n}){return`${this.lhs} = ${this.rhs};`+_n}optimizeNames(names,constants){if(this.lhs instanceof code_1.Name&&!names[this.lhs.str]&&!this.sideEffects)return;this.rhs=optimizeExpr(this.rhs,names,constants);return this}get names(){const names=this.lhs instanceof code_1.Name?{}:{...this.lhs.names};return addExprNames(names,this.rhs)}}class AssignOp extends Assign{constructor(lhs,op,rhs,sideEffects){super(lhs,rhs,sideEffects);this.op=op}render({_n}){return`${this.lhs} ${this.op}= ${this.rhs};`+_n}}class Label extends Node{constructor(label){super();this.label=label;this.names={}}render({_n}){return`${this.label}:`+_n}}class Break extends Node{constructor(label){super();this.label=label;this.names={}}render({_n}){const label=this.label?` ${this.label}`:"";return`break${label};`+_n}}class Throw extends Node{constructor(error){super();this.error=error}render({_n}){return`throw ${this.error};`+_n}get names(){return this.error.names}}class AnyCode extends Node{constructor(code){super();this.code=code}render({_n}){return`${this.code};`+_n}optimizeNodes(){return`${this.code}`?this:undefined}optimizeNames(names,constants){this.code=optimizeExpr(this.code,names,constants);return this}get names(){return this.code instanceof code_1._CodeOrName?this.code.names:{}}}class ParentNode extends Node{constructor(nodes=[]){super();this.nodes=nodes}render(opts){return this.nodes.reduce((code,n)=>code+n.render(opts),"")}optimizeNodes(){const{nodes}=this;let i=nodes.length;while(i--){const n=nodes[i].optimizeNodes();if(Array.isArray(n))nodes.splice(i,1,...n);else if(n)nodes[i]=n;else nodes.splice(i,1)}return nodes.length>0?this:undefined}optimizeNames(names,constants){const{nodes}=this;let i=nodes.length;while(i--){const n=nodes[i];if(n.optimizeNames(names,constants))continue;subtractNames(names,n.names);nodes.splice(i,1)}return nodes.length>0?this:undefined}get names(){return this.nodes.reduce((names,n)=>addNames(names,n.names),{})}}class BlockNode extends ParentNode{render(opts){return"{"+opts._n+super.render(opts)+"}"+opts._n}}class Root extends ParentNode{}class Else extends BlockNode{}Else.kind="else";class If extends BlockNode{constructor(condition,nodes){super(nodes);this.condition=condition}render(opts){let code=`if(${this.condition})`+super.render(opts);if(this.else)code+="else "+this.else.render(opts);return code}optimizeNodes(){super.optimizeNodes();const cond=this.condition;if(cond===true)return this.nodes;let e=this.else;if(e){const ns=e.optimizeNodes();e=this.else=Array.isArray(ns)?new Else(ns):ns}if(e){if(cond===false)return e instanceof If?e:e.nodes;if(this.nodes.length)return this;return new If(not(cond),e instanceof If?[e]:e.nodes)}if(cond===false||!this.nodes.length)return undefined;return this}optimizeNames(names,constants){var _a;this.else=(_a=this.else)===null||_a===void 0?void 0:_a.optimizeNames(names,constants);if(!(super.optimizeNames(names,constants)||this.else))return;this.condition=optimizeExpr(this.condition,names,constants);return this}get names(){const names=super.names;addExprNames(names,this.condition);if(this.else)addNames(names,this.else.names);return names}}If.kind="if";class For extends BlockNode{}For.kind="for";class ForLoop extends For{constructor(iteration){super();this.iteration=iteration}render(opts){return`for(${this.iteration})`+super.render(opts)}optimizeNames(names,constants){if(!super.optimizeNames(names,constants))return;this.iteration=optimizeExpr(this.iteration,names,constants);return this}get names(){return addNames(super.names,this.iteration.names)}}class ForRange extends For{constructor(varKind,name,from,to){super();this.varKind=varKind;this.name=name;this.from=from;this.to=to}render(opts){const varKind=opts.es5?scope_1.varKinds.var:this.varKind;const{name,from,to}=this;return`for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)`+super.render(opts)}get names(){const names=addExprNames(super.names,this.from);return addExprNames(names,this.to)}}class ForIter extends For{constructor(loop,varKind,name,iterable){super();this.loop=loop;this.varKind=varKind;this.name=name;this.iterable=iterable}render(opts){return`for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})`+super.render(opts)}optimizeNames(names,constants){if(!super.optimizeNames(names,constants))return;this.iterable=optimizeExpr(this.iterable,names,constants);return this}get names(){return addNames(super.names,this.iterable.names)}}class Func extends BlockNode{constructor(name,args,async){super();this.name=name;this.args=args;this.async=async}render(opts){const _async=this.async?"async ":"";return`${_async}function ${this.name}(${this.args})`+super.render(opts)}}Func.kind="func";class Return extends ParentNode{render(opts){return"return "+super.render(opts)}}Return.kind="return";class Try extends BlockNode{render(opts){let code="try"+super.render(opts);if(this.catch)code+=this.catch.render(opts);if(this.finally)code+=this.finally.render(opts);return code}optimizeNodes(){var _a,_b;super.optimizeNodes();(_a=this.catch)===null||_a===void 0?void 0:_a.optimizeNodes();(_b=this.finally)===null||_b===void 0?void 0:_b.optimizeNodes();return this}optimizeNames(names,constants){var _a,_b;super.optimizeNames(names,constants);(_a=this.catch)===null||_a===void 0?void 0:_a.optimizeNames(names,constants);(_b=this.finally)===null||_b===void 0?void 0:_b.optimizeNames(names,constants);return this}get names(){const names=super.names;if(this.catch)addNames(names,this.catch.names);if(this.finally)addNames(names,this.finally.names);return names}}class Catch extends BlockNode{constructor(error){super();this.error=error}render(opts){return`catch(${this.error})`+super.render(opts)}}Catch.kind="catch";class Finally extends BlockNode{render(opts){return"finally"+super.render(opts)}}Finally.kind="finally";class CodeGen{constructor(extScope,opts={}){this._values={};this._blockStarts=[];this._constants={};this.opts={...opts,_n:opts.lines?"\n":""};this._extScope=extScope;this._scope=new scope_1.Scope({parent:extScope});this._nodes=[new Root]}toString(){return this._root.render(this.opts)}name(prefix){return this._scope.name(prefix)}scopeName(prefix){return this._extScope.name(prefix)}scopeValue(prefixOrName,value){const name=this._extScope.value(prefixOrName,value);const vs=this._values[name.prefix]||(this._values[name.prefix]=new Set);vs.add(name);return name}getScopeValue(prefix,keyOrRef){return this._extScope.getValue(prefix,keyOrRef)}scopeRefs(scopeName){return this._extScope.scopeRefs(scopeName,this._values)}scopeCode(){return this._extScope.scopeCode(this._values)}_def(varKind,nameOrPrefix,rhs,constant){const name=this._scope.toName(nameOrPrefix);if(rhs!==undefined&&constant)this._constants[name.str]=rhs;this._leafNode(new Def(varKind,name,rhs));return name}const(nameOrPrefix,rhs,_constant){return this._def(scope_1.varKinds.const,nameOrPrefix,rhs,_constant)}let(nameOrPrefix,rhs,_constant){return this._def(scope_1.varKinds.let,nameOrPrefix,rhs,_constant)}var(nameOrPrefix,rhs,_constant){return this._def(scope_1.varKinds.var,nameOrPrefix,rhs,_constant)}assign(lhs,rhs,sideEffects){return this._leafNode(new Assign(lhs,rhs,sideEffects))}add(lhs,rhs){return this._leafNode(new AssignOp(lhs,exports.operators.ADD,rhs))}code(c){if(typeof c=="function")c();else if(c!==code_1.nil)this._leafNode(new AnyCode(c));return this}object(...keyValues){const code=["{"];for(const[key,value]of keyValues){if(code.length>1)code.push(",");code.push(key);if(key!==value||this.opts.es5){code.push(":");(0,code_1.addCodeArg)(code,value)}}code.push("}");return new code_1._Code(code)}if(condition,thenBody,elseBody){this._blockNode(new If(condition));if(thenBody&&elseBody){this.code(thenBody).else().code(elseBody).endIf()}else if(thenBody){this.code(thenBody).endIf()}else if(elseBody){throw new Error('CodeGen: "else" body without "then" body')}return this}elseIf(condition){return this._elseNode(new If(condition))}else(){return this._elseNode(new Else)}endIf(){return this._endBlockNode(If,Else)}_for(node,forBody){this._blockNode(node);if(forBody)this.code(forBody).endFor();return this}for(iteration,forBody){return this._for(new ForLoop(iteration),forBody)}forRange(nameOrPrefix,from,to,forBody,varKind=this.opts.es5?scope_1.varKinds.var:scope_1.varKinds.let){const name=this._scope.toName(nameOrPrefix);return this._for(new ForRange(varKind,name,from,to),()=>forBody(name))}forOf(nameOrPrefix,iterable,forBody,varKind=scope_1.varKinds.const){const name=this._scope.toName(nameOrPrefix);if(this.opts.es5){const arr=iterable instanceof code_1.Name?iterable:this.var("_arr",iterable);return this.forRange("_i",0,(0,code_1._)`${arr}.length`,i=>{this.var(name,(0,code_1._)`${arr}[${i}]`);forBody(name)})}return this._for(new ForIter("of",varKind,name,iterable),()=>forBody(name))}forIn(nameOrPrefix,obj,forBody,varKind=this.opts.es5?scope_1.varKinds.var:scope_1.varKinds.const){if(this.opts.ownProperties){return this.forOf(nameOrPrefix,(0,code_1._)`Object.keys(${obj})`,forBody)}const name=this._scope.toName(nameOrPrefix);return this._for(new ForIter("in",varKind,name,obj),()=>forBody(name))}endFor(){return this._endBlockNode(For)}label(label){return this._leafNode(new Label(label))}break(label){return this._leafNode(new Break(label))}return(value){const node=new Return;this._blockNode(node);this.code(value);if(node.nodes.length!==1)throw new Error('CodeGen: "return" should have one node');return this._endBlockNode(Return)}try(tryBody,catchCode,finallyCode){if(!catchCode&&!finallyCode)throw new Error('CodeGen: "try" without "catch" and "finally"');const node=new Try;this._blockNode(node);this.code(tryBody);if(catchCode){const error=this.name("e");this._currNode=node.catch=new Catch(error);catchCode(error)}if(finallyCode){this._currNode=node.finally=new Finally;this.code(finallyCode)}return this._endBlockNode(Catch,Finally)}throw(error){return this._leafNode(new Throw(error))}block(body,nodeCount){this._blockStarts.push(this._nodes.length);if(body)this.code(body).endBlock(nodeCount);return this}endBlock(nodeCount){const len=this._blockStarts.pop();if(len===undefined)throw new Error("CodeGen: not in self-balancing block");const toClose=this._nodes.length-len;if(toClose<0||nodeCount!==undefined&&toClose!==nodeCount){throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`)}this._nodes.length=len;return this}func(name,args=code_1.nil,async,funcBody){this._blockNode(new Func(name,args,async));if(funcBody)this.code(funcBody).endFunc();return this}endFunc(){return this._endBlockNode(Func)}optimize(n=1){while(n-- >0){this._root.optimizeNodes();this._root.optimizeNames(this._root.names,this._constants)}}_leafNode(node){this._currNode.nodes.push(node);return this}_blockNode(node){this._currNode.nodes.push(node);this._nodes.push(node)}_endBlockNode(N1,N2){const n=this._currNode;if(n instanceof N1||N2&&n instanceof N2){this._nodes.pop();return this}throw new Error(`CodeGen: not in block "${N2?`${N1.kind}/${N2.kind}`:N1.kind}"`)}_elseNode(node){const n=this._currNode;if(!(n instanceof If)){throw new Error('CodeGen: "else" without "if"')}this._currNode=n.else=node;return this}get _root(){return this._nodes[0]}get _currNode(){const ns=this._nodes;return ns[ns.length-1]}set _currNode(node){const ns=this._nodes;ns[ns.length-1]=node}}exports.CodeGen=CodeGen;function addNames(names,from){for(const n in from)names[n]=(names[n]||0)+(from[n]||0);return names}function addExprNames(names,from){return from instanceof code_1._CodeOrName?addNames(names,from.names):names}function optimizeExpr(expr,names,constants){if(expr instanceof code_1.Name)return replaceName(expr);if(!canOptimize(expr))return expr;return new code_1._Code(expr._items.reduce((items,c)=>{if(c instanceof code_1.Name)c=replaceName(c);if(c instanceof code_1._Code)items.push(...c._items);else items.push(c);return items},[]));function replaceName(n){const c=constants[n.str];if(c===undefined||names[n.str]!==1)return n;delete names[n.str];return c}function canOptimize(e){return e instanceof code_1._Code&&e._items.some(c=>c instanceof code_1.Name&&names[c.str]===1&&constants[c.str]!==undefined)}}function subtractNames(names,from){for(const n in from)names[n]=(names[n]||0)-(from[n]||0)}function not(x){return typeof x=="boolean"||typeof x=="number"||x===null?!x:(0,code_1._)`!${par(x)}`}exports.not=not;const andCode=mappend(exports.operators.AND);function and(...args){return args.reduce(andCode)}exports.and=and;const orCode=mappend(exports.operators.OR);function or(...args){return args.reduce(orCode)}exports.or=or;function mappend(op){return(x,y)=>x===code_1.nil?y:y===code_1.nil?x:(0,code_1._)`${par(x)} ${op} ${par(y)}`}function par(x){return x instanceof code_1.Name?x:(0,code_1._)`(${x})`}}),30210:((__unused_webpack_module,exports,__webpack_require__)=>{Object.defineProperty(exports,"__esModule",{value:true});exports.ValueScope=exports.ValueScopeName=exports.Scope=exports.varKinds=exports.UsedValueState=void 0;const code_1=__webpack_require__(24909);class ValueError extends Error{constructor(name){super(`CodeGen: "code" for ${name} not defined`);this.value=name.value}}var UsedValueState;(function(UsedValueState){UsedValueState[UsedValueState["Started"]=0]="Started";UsedValueState[UsedValueState["Completed"]=1]="Completed"})(UsedValueState||(exports.UsedValueState=UsedValueState={}));exports.varKinds={const:new code_1.Name("const"),let:new code_1.Name("let"),var:new code_1.Name("var")};class Scope{constructor({prefixes,parent}={}){this._names={};this._prefixes=prefixes;this._parent=parent}toName(nameOrPrefix){return nameOrPrefix instanceof code_1.Name?nameOrPrefix:this.name(nameOrPrefix)}name(prefix){return new code_1.Name(this._newName(prefix))}_newName(prefix){const ng=this._names[prefix]||this._nameGroup(prefix);return`${prefix}${ng.index++}`}_nameGroup(prefix){var _a,_b;if(((_b=(_a=this._parent)===null||_a===void 0?void 0:_a._prefixes)===null||_b===void 0?void 0:_b.has(prefix))||this._prefixes&&!this._prefixes.has(prefix)){throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`)}return this._names[prefix]={prefix,index:0}}}exports.Scope=Scope;class ValueScopeName extends code_1.Name{constructor(prefix,nameStr){super(nameStr);this.prefix=prefix}setValue(value,{property,itemIndex}){this.value=value;this.scopePath=(0,code_1._)`.${new code_1.Name(property)}[${itemIndex}]`}}exports.ValueScopeName=ValueScopeName;const line=(0,code_1._)`\n`;class ValueScope extends Scope{constructor(opts){super(opts);this._values={};this._scope=opts.scope;this.opts={...opts,_n:opts.lines?line:code_1.nil}}get(){return this._scope}name(prefix){return new ValueScopeName(prefix,this._newName(prefix))}value(nameOrPrefix,value){var _a;if(value.ref===undefined)throw new Error("CodeGen: ref must be passed in value");const name=this.toName(nameOrPrefix);const{prefix}=name;const valueKey=(_a=value.key)!==null&&_a!==void 0?_a:value.ref;let vs=this._values[prefix];if(vs){const _name=vs.get(valueKey);if(_name)return _name}else{vs=this._values[prefix]=new Map}vs.set(valueKey,name);const s=this._scope[prefix]||(this._scope[prefix]=[]);const itemIndex=s.length;s[itemIndex]=value.ref;name.setValue(value,{property:prefix,itemIndex});return name}getValue(prefix,keyOrRef){const vs=this._values[prefix];if(!vs)return;return vs.get(keyOrRef)}scopeRefs(scopeName,values=this._values){return this._reduceValues(values,name=>{if(name.scopePath===undefined)throw new Error(`CodeGen: name "${name}" has no value`);return(0,code_1._)`${scopeName}${name.scopePath}`})}scopeCode(values=this._values,usedValues,getCode){return this._reduceValues(values,name=>{if(name.value===undefined)throw new Error(`CodeGen: name "${name}" has no value`);return name.value.code},usedValues,getCode)}_reduceValues(values,valueCode,usedValues={},getCode){let code=code_1.nil;for(const prefix in values){const vs=values[prefix];if(!vs)continue;const nameSet=usedValues[prefix]=usedValues[prefix]||new Map;vs.forEach(name=>{if(nameSet.has(name))return;nameSet.set(name,UsedValueState.Started);let c=valueCode(name);if(c){const def=this.opts.es5?exports.varKinds.var:exports.varKinds.const;code=(0,code_1._)`${code}${def} ${name} = ${c};${this.opts._n}`}else if(c=getCode===null||getCode===void 0?void 0:getCode(name)){code=(0,code_1._)`${code}${c}${this.opts._n}`}else{throw new ValueError(name)}nameSet.set(name,UsedValueState.Completed)})}return code}}exports.ValueScope=ValueScope}),25281:((__unused_webpack_module,exports,__webpack_require__)=>{Object.defineProperty(exports,"__esModule",{value:true});exports.extendErrors=exports.resetErrorsCount=exports.reportExtraError=exports.reportError=exports.keyword$DataError=exports.keywordError=void 0;const codegen_1=__webpack_require__(75306);const util_1=__webpack_require__(67482);const names_1=__webpack_require__(75388);exports.keywordError={message:({keyword})=>(0,codegen_1.str)`must pass "${keyword}" keyword validation`};exports.keyword$DataError={message:({keyword,schemaType})=>schemaType?(0,codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)`:(0,codegen_1.str)`"${keyword}" keyword is invalid ($data)`};function reportError(cxt,error=exports.keywordError,errorPaths,overrideAllErrors){const{it}=cxt;const{gen,compositeRule,allErrors}=it;const errObj=errorObjectCode(cxt,error,errorPaths);if(overrideAllErrors!==null&&overrideAllErrors!==void 0?overrideAllErrors:compositeRule||allErrors){addError(gen,errObj)}else{returnErrors(it,(0,codegen_1._)`[${errObj}]`)}}exports.reportError=reportError;function reportExtraError(cxt,error=exports.keywordError,errorPaths){const{it}=cxt;const{gen,compositeRule,allErrors}=it;const errObj=errorObjectCode(cxt,error,errorPaths);addError(gen,errObj);if(!(compositeRule||allErrors)){returnErrors(it,names_1.default.vErrors)}}exports.reportExtraError=reportExtraError;function resetErrorsCount(gen,errsCount){gen.assign(names_1.default.errors,errsCount);gen.if((0,codegen_1._)`${names_1.default.vErrors} !== null`,()=>gen.if(errsCount,()=>gen.assign((0,codegen_1._)`${names_1.default.vErrors}.length`,errsCount),()=>gen.assign(names_1.default.vErrors,null)))}exports.resetErrorsCount=resetErrorsCount;function extendErrors({gen,keyword,schemaValue,data,errsCount,it}){if(errsCount===undefined)throw new Error("ajv implementation error");const err=gen.name("err");gen.forRange("i",errsCount,names_1.default.errors,i=>{gen.const(err,(0,codegen_1._)`${names_1.default.vErrors}[${i}]`);gen.if((0,codegen_1._)`${err}.instancePath === undefined`,()=>gen.assign((0,codegen_1._)`${err}.instancePath`,(0,codegen_1.strConcat)(names_1.default.instancePath,it.errorPath)));gen.assign((0,codegen_1._)`${err}.schemaPath`,(0,codegen_1.str)`${it.errSchemaPath}/${keyword}`);if(it.opts.verbose){gen.assign((0,codegen_1._)`${err}.schema`,schemaValue);gen.assign((0,codegen_1._)`${err}.data`,data)}})}exports.extendErrors=extendErrors;function addError(gen,errObj){const err=gen.const("err",errObj);gen.if((0,codegen_1._)`${names_1.default.vErrors} === null`,()=>gen.assign(names_1.default.vErrors,(0,codegen_1._)`[${err}]`),(0,codegen_1._)`${names_1.default.vErrors}.push(${err})`);gen.code((0,codegen_1._)`${names_1.default.errors}++`)}function returnErrors(it,errs){const{gen,validateName,schemaEnv}=it;if(schemaEnv.$async){gen.throw((0,codegen_1._)`new ${it.ValidationError}(${errs})`)}else{gen.assign((0,codegen_1._)`${validateName}.errors`,errs);gen.return(false)}}const E={keyword:new codegen_1.Name("keyword"),schemaPath:new codegen_1.Name("schemaPath"),params:new codegen_1.Name("params"),propertyName:new codegen_1.Name("propertyName"),message:new codegen_1.Name("message"),schema:new codegen_1.Name("schema"),parentSchema:new codegen_1.Name("parentSchema")};function errorObjectCode(cxt,error,errorPaths){const{createErrors}=cxt.it;if(createErrors===false)return(0,codegen_1._)`{}`;return errorObject(cxt,error,errorPaths)}function errorObject(cxt,error,errorPaths={}){const{gen,it}=cxt;const keyValues=[errorInstancePath(it,errorPaths),errorSchemaPath(cxt,errorPaths)];extraErrorProps(cxt,error,keyValues);return gen.object(...keyValues)}function errorInstancePath({errorPath},{instancePath}){const instPath=instancePath?(0,codegen_1.str)`${errorPath}${(0,util_1.getErrorPath)(instancePath,util_1.Type.Str)}`:errorPath;return[names_1.default.instancePath,(0,codegen_1.strConcat)(names_1.default.instancePath,instPath)]}function errorSchemaPath({keyword,it:{errSchemaPath}},{schemaPath,parentSchema}){let schPath=parentSchema?errSchemaPath:(0,codegen_1.str)`${errSchemaPath}/${keyword}`;if(schemaPath){schPath=(0,codegen_1.str)`${schPath}${(0,util_1.getErrorPath)(schemaPath,util_1.Type.Str)}`}return[E.schemaPath,schPath]}function extraErrorProps(cxt,{params,message},keyValues){const{keyword,data,schemaValue,it}=cxt;const{opts,propertyName,topSchemaRef,schemaPath}=it;keyValues.push([E.keyword,keyword],[E.params,typeof params=="function"?params(cxt):params||(0,codegen_1._)`{}`]);if(opts.messages){keyValues.push([E.message,typeof message=="function"?message(cxt):message])}if(opts.verbose){keyValues.push([E.schema,schemaValue],[E.parentSchema,(0,codegen_1._)`${topSchemaRef}${schemaPath}`],[names_1.default.data,data])}if(propertyName)keyValues.push([E.propertyName,propertyName])}}),21552:((__unused_webpack_module,exports,__webpack_require__)=>{Object.defineProperty(exports,"__esModule",{value:true});exports.resolveSchema=exports.getCompilingSchema=exports.resolveRef=exports.compileSchema=exports.SchemaEnv=void 0;const codegen_1=__webpack_require__(75306);const validation_error_1=__webpack_require__(78391);const names_1=__webpack_require__(75388);const resolve_1=__webpack_require__(23496);const util_1=__webpack_require__(67482);const validate_1=__webpack_require__(45631);class SchemaEnv{constructor(env){var _a;this.refs={};this.dynamicAnchors={};let schema;if(typeof env.schema=="object")schema=env.schema;this.schema=env.schema;this.schemaId=env.schemaId;this.root=env.root||this;this.baseId=(_a=env.baseId)!==null&&_a!==void 0?_a:(0,resolve_1.normalizeId)(schema===null||schema===void 0?void 0:schema[env.schemaId||"$id"]);this.schemaPath=env.schemaPath;this.localRefs=env.localRefs;this.meta=env.meta;this.$async=schema===null||schema===void 0?void 0:schema.$async;this.refs={}}}exports.SchemaEnv=SchemaEnv;function compileSchema(sch){const _sch=getCompilingSchema.call(this,sch);if(_sch)return _sch;const rootId=(0,resolve_1.getFullPath)(this.opts.uriResolver,sch.root.baseId);const{es5,lines}=this.opts.code;const{ownProperties}=this.opts;const gen=new codegen_1.CodeGen(this.scope,{es5,lines,ownProperties});let _ValidationError;if(sch.$async){_ValidationError=gen.scopeValue("Error",{ref:validation_error_1.default,code:(0,codegen_1._)`require("ajv/dist/runtime/validation_error").default`})}const validateName=gen.scopeName("validate");sch.validateName=validateName;const schemaCxt={gen,allErrors:this.opts.allErrors,data:names_1.default.data,parentData:names_1.default.parentData,parentDataProperty:names_1.default.parentDataProperty,dataNames:[names_1.default.data],dataPathArr:[codegen_1.nil],dataLevel:0,dataTypes:[],definedProperties:new Set,topSchemaRef:gen.scopeValue("schema",this.opts.code.source===true?{ref:sch.schema,code:(0,codegen_1.stringify)(sch.schema)}:{ref:sch.schema}),validateName,ValidationError:_ValidationError,schema:sch.schema,schemaEnv:sch,rootId,baseId:sch.baseId||rootId,schemaPath:codegen_1.nil,errSchemaPath:sch.schemaPath||(this.opts.jtd?"":"#"),errorPath:(0,codegen_1._)`""`,opts:this.opts,self:this};let sourceCode;try{this._compilations.add(sch);(0,validate_1.validateFunctionCode)(schemaCxt);gen.optimize(this.opts.code.optimize);const validateCode=gen.toString();sourceCode=`${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;if(this.opts.code.process)sourceCode=this.opts.code.process(sourceCode,sch);const makeValidate=new Function(`${names_1.default.self}`,`${names_1.default.scope}`,sourceCode);const validate=makeValidate(this,this.scope.get());this.scope.value(validateName,{ref:validate});validate.errors=null;validate.schema=sch.schema;validate.schemaEnv=sch;if(sch.$async)validate.$async=true;if(this.opts.code.source===true){validate.source={validateName,validateCode,scopeValues:gen._values}}if(this.opts.unevaluated){const{props,items}=schemaCxt;validate.evaluated={props:props instanceof codegen_1.Name?undefined:props,items:items instanceof codegen_1.Name?undefined:items,dynamicProps:props instanceof codegen_1.Name,dynamicItems:items instanceof codegen_1.Name};if(validate.source)validate.source.evaluated=(0,codegen_1.stringify)(validate.evaluated)}sch.validate=validate;return sch}catch(e){delete sch.validate;delete sch.validateName;if(sourceCode)this.logger.error("Error compiling schema, function code:",sourceCode);throw e}finally{this._compilations.delete(sch)}}exports.compileSchema=compileSchema;function resolveRef(root,baseId,ref){var _a;ref=(0,resolve_1.resolveUrl)(this.opts.uriResolver,baseId,ref);const schOrFunc=root.refs[ref];if(schOrFunc)return schOrFunc;let _sch=resolve.call(this,root,ref);if(_sch===undefined){const schema=(_a=root.localRefs)===null||_a===void 0?void 0:_a[ref];const{schemaId}=this.opts;if(schema)_sch=new SchemaEnv({schema,schemaId,root,baseId})}if(_sch===undefined)return;return root.refs[ref]=inlineOrCompile.call(this,_sch)}exports.resolveRef=resolveRef;function inlineOrCompile(sch){if((0,resolve_1.inlineRef)(sch.schema,this.opts.inlineRefs))return sch.schema;return sch.validate?sch:compileSchema.call(this,sch)}function getCompilingSchema(schEnv){for(const sch of this._compilations){if(sameSchemaEnv(sch,schEnv))return sch}}exports.getCompilingSchema=getCompilingSchema;function sameSchemaEnv(s1,s2){return s1.schema===s2.schema&&s1.root===s2.root&&s1.baseId===s2.baseId}function resolve(root,ref){let sch;while(typeof(sch=this.refs[ref])=="string")ref=sch;return sch||this.schemas[ref]||resolveSchema.call(this,root,ref)}function resolveSchema(root,ref){const p=this.opts.uriResolver.parse(ref);const refPath=(0,resolve_1._getFullPath)(this.opts.uriResolver,p);let baseId=(0,resolve_1.getFullPath)(this.opts.uriResolver,root.baseId,undefined);if(Object.keys(root.schema).length>0&&refPath===baseId){return getJsonPointer.call(this,p,root)}const id=(0,resolve_1.normalizeId)(refPath);const schOrRef=this.refs[id]||this.schemas[id];if(typeof schOrRef=="string"){const sch=resolveSchema.call(this,root,schOrRef);if(typeof(sch===null||sch===void 0?void 0:sch.schema)!=="object")return;return getJsonPointer.call(this,p,sch)}if(typeof(schOrRef===null||schOrRef===void 0?void 0:schOrRef.schema)!=="object")return;if(!schOrRef.validate)compileSchema.call(this,schOrRef);if(id===(0,resolve_1.normalizeId)(ref)){const{schema}=schOrRef;const{schemaId}=this.opts;const schId=schema[schemaId];if(schId)baseId=(0,resolve_1.resolveUrl)(this.opts.uriResolver,baseId,schId);return new SchemaEnv({schema,schemaId,root,baseId})}return getJsonPointer.call(this,p,schOrRef)}exports.resolveSchema=resolveSchema;const PREVENT_SCOPE_CHANGE=new Set(["properties","patternProperties","enum","dependencies","definitions"]);function getJsonPointer(parsedRef,{baseId,schema,root}){var _a;if(((_a=parsedRef.fragment)===null||_a===void 0?void 0:_a[0])!=="/")return;for(const part of parsedRef.fragment.slice(1).split("/")){if(typeof schema==="boolean")return;const partSchema=schema[(0,util_1.unescapeFragment)(part)];if(partSchema===undefined)return;schema=partSchema;const schId=typeof schema==="object"&&schema[this.opts.schemaId];if(!PREVENT_SCOPE_CHANGE.has(part)&&schId){baseId=(0,resolve_1.resolveUrl)(this.opts.uriResolver,baseId,schId)}}let env;if(typeof schema!="boolean"&&schema.$ref&&!(0,util_1.schemaHasRulesButRef)(schema,this.RULES)){const $ref=(0,resolve_1.resolveUrl)(this.opts.uriResolver,baseId,schema.$ref);env=resolveSchema.call(this,root,$ref)}const{schemaId}=this.opts;env=env||new SchemaEnv({schema,schemaId,root,baseId});if(env.schema!==env.root.schema)return env;return undefined}}),75388:((__unused_webpack_module,exports,__webpack_require__)=>{Object.defineProperty(exports,"__esModule",{value:true});const codegen_1=__webpack_require__(75306);const names={data:new codegen_1.Name("data"),valCxt:new codegen_1.Name("valCxt"),instancePath:new codegen_1.Name("instancePath"),parentData:new codegen_1.Name("parentData"),parentDataProperty:new codegen_1.Name("parentDataProperty"),rootData:new codegen_1.Name("rootData"),dynamicAnchors:new codegen_1.Name("dynamicAnchors"),vErrors:new codegen_1.Name("vErrors"),errors:new codegen_1.Name("errors"),this:new codegen_1.Name("this"),self:new codegen_1.Name("self"),scope:new codegen_1.Name("scope"),json:new codegen_1.Name("json"),jsonPos:new codegen_1.Name("jsonPos"),jsonLen:new codegen_1.Name("jsonLen"),jsonPart:new codegen_1.Name("jsonPart")};exports["default"]=names}),7924:((__unused_webpack_module,exports,__webpack_require__)=>{Object.defineProperty(exports,"__esModule",{value:true});const resolve_1=__webpack_require__(23496);class MissingRefError extends Error{constructor(resolver,baseId,ref,msg){super(msg||`can't resolve reference ${ref} from id ${baseId}`);this.missingRef=(0,resolve_1.resolveUrl)(resolver,baseId,ref);this.missingSchema=(0,resolve_1.normalizeId)((0,resolve_1.getFullPath)(resolver,this.missingRef))}}exports["default"]=MissingRefError}),23496:((__unused_webpack_module,exports,__webpack_require__)=>{Object.defineProperty(exports,"__esModule",{value:true});exports.getSchemaRefs=exports.resolveUrl=exports.normalizeId=exports._getFullPath=exports.getFullPath=exports.inlineRef=void 0;const util_1=__webpack_require__(67482);const equal=__webpack_require__(23430);const traverse=__webpack_require__(24877);const SIMPLE_INLINED=new Set(["type","format","pattern","maxLength","minLength","maxProperties","minProperties","maxItems","minItems","maximum","minimum","uniqueItems","multipleOf","required","enum","const"]);function inlineRef(schema,limit=true){if(typeof schema=="boolean")return true;if(limit===true)return!hasRef(schema);if(!limit)return false;return countKeys(schema)<=limit}exports.inlineRef=inlineRef;const REF_KEYWORDS=new Set(["$ref","$recursiveRef","$recursiveAnchor","$dynamicRef","$dynamicAnchor"]);function hasRef(schema){for(const key in schema){if(REF_KEYWORDS.has(key))return true;const sch=schema[key];if(Array.isArray(sch)&&sch.some(hasRef))return true;if(typeof sch=="object"&&hasRef(sch))return true}return false}function countKeys(schema){let count=0;for(const key in schema){if(key==="$ref")return Infinity;count++;if(SIMPLE_INLINED.has(key))continue;if(typeof schema[key]=="object"){(0,util_1.eachItem)(schema[key],sch=>count+=countKeys(sch))}if(count===Infinity)return Infinity}return count}function getFullPath(resolver,id="",normalize){if(normalize!==false)id=normalizeId(id);const p=resolver.parse(id);return _getFullPath(resolver,p)}exports.getFullPath=getFullPath;function _getFullPath(resolver,p){const serialized=resolver.serialize(p);return serialized.split("#")[0]+"#"}exports._getFullPath=_getFullPath;const TRAILING_SLASH_HASH=/#\/?$/;function normalizeId(id){return id?id.replace(TRAILING_SLASH_HASH,""):""}exports.normalizeId=normalizeId;function resolveUrl(resolver,baseId,id){id=normalizeId(id);return resolver.resolve(baseId,id)}exports.resolveUrl=resolveUrl;const ANCHOR=/^[a-z_][-a-z0-9._]*$/i;function getSchemaRefs(schema,baseId){if(typeof schema=="boolean")return{};const{schemaId,uriResolver}=this.opts;const schId=normalizeId(schema[schemaId]||baseId);const baseIds={"":schId};const pathPrefix=getFullPath(uriResolver,schId,false);const localRefs={};const schemaRefs=new Set;traverse(schema,{allKeys:true},(sch,jsonPtr,_,parentJsonPtr)=>{if(parentJsonPtr===undefined)return;const fullPath=pathPrefix+jsonPtr;let innerBaseId=baseIds[parentJsonPtr];if(typeof sch[schemaId]=="string")innerBaseId=addRef.call(this,sch[schemaId]);addAnchor.call(this,sch.$anchor);addAnchor.call(this,sch.$dynamicAnchor);baseIds[jsonPtr]=innerBaseId;function addRef(ref){const _resolve=this.opts.uriResolver.resolve;ref=normalizeId(innerBaseId?_resolve(innerBaseId,ref):ref);if(schemaRefs.has(ref))throw ambiguos(ref);schemaRefs.add(ref);let schOrRef=this.refs[ref];if(typeof schOrRef=="string")schOrRef=this.refs[schOrRef];if(typeof schOrRef=="object"){checkAmbiguosRef(sch,schOrRef.schema,ref)}else if(ref!==normalizeId(fullPath)){if(ref[0]==="#"){checkAmbiguosRef(sch,localRefs[ref],ref);localRefs[ref]=sch}else{this.refs[ref]=fullPath}}return ref}function addAnchor(anchor){if(typeof anchor=="string"){if(!ANCHOR.test(anchor))throw new Error(`invalid anchor "${anchor}"`);addRef.call(this,`#${anchor}`)}}});return localRefs;function checkAmbiguosRef(sch1,sch2,ref){if(sch2!==undefined&&!equal(sch1,sch2))throw ambiguos(ref)}function ambiguos(ref){return new Error(`reference "${ref}" resolves to more than one schema`)}}exports.getSchemaRefs=getSchemaRefs}),51055:((__unused_webpack_module,exports)=>{Object.defineProperty(exports,"__esModule",{value:true});exports.getRules=exports.isJSONType=void 0;const _jsonTypes=["string","number","integer","boolean","null","object","array"];const jsonTypes=new Set(_jsonTypes);function isJSONType(x){return typeof x=="string"&&jsonTypes.has(x)}exports.isJSONType=isJSONType;function getRules(){const groups={number:{type:"number",rules:[]},string:{type:"string",rules:[]},array:{type:"array",rules:[]},object:{type:"object",rules:[]}};return{types:{...groups,integer:true,boolean:true,null:true},rules:[{rules:[]},groups.number,groups.string,groups.array,groups.object],post:{rules:[]},all:{},keywords:{}}}exports.getRules=getRules}),67482:((__unused_webpack_module,exports,__webpack_require__)=>{Object.defineProperty(exports,"__esModule",{value:true});exports.checkStrictMode=exports.getErrorPath=exports.Type=exports.useFunc=exports.setEvaluated=exports.evaluatedPropsToName=exports.mergeEvaluated=exports.eachItem=exports.unescapeJsonPointer=exports.escapeJsonPointer=exports.escapeFragment=exports.unescapeFragment=exports.schemaRefOrVal=exports.schemaHasRulesButRef=exports.schemaHasRules=exports.checkUnknownRules=exports.alwaysValidSchema=exports.toHash=void 0;const codegen_1=__webpack_require__(75306);const code_1=__webpack_require__(24909);function toHash(arr){const hash={};for(const item of arr)hash[item]=true;return hash}exports.toHash=toHash;function alwaysValidSchema(it,schema){if(typeof schema=="boolean")return schema;if(Object.keys(schema).length===0)return true;checkUnknownRules(it,schema);return!schemaHasRules(schema,it.self.RULES.all)}exports.alwaysValidSchema=alwaysValidSchema;function checkUnknownRules(it,schema=it.schema){const{opts,self:self1}=it;if(!opts.strictSchema)return;if(typeof schema==="boolean")return;const rules=self1.RULES.keywords;for(const key in schema){if(!rules[key])checkStrictMode(it,`unknown keyword: "${key}"`)}}exports.checkUnknownRules=checkUnknownRules;function schemaHasRules(schema,rules){if(typeof schema=="boolean")return!schema;for(const key in schema)if(rules[key])return true;return false}exports.schemaHasRules=schemaHasRules;function schemaHasRulesButRef(schema,RULES){if(typeof schema=="boolean")return!schema;for(const key in schema)if(key!=="$ref"&&RULES.all[key])return true;return false}exports.schemaHasRulesButRef=schemaHasRulesButRef;function schemaRefOrVal({topSchemaRef,schemaPath},schema,keyword,$data){if(!$data){if(typeof schema=="number"||typeof schema=="boolean")return schema;if(typeof schema=="string")return(0,codegen_1._)`${schema}`}return(0,codegen_1._)`${topSchemaRef}${schemaPath}${(0,codegen_1.getProperty)(keyword)}`}exports.schemaRefOrVal=schemaRefOrVal;function unescapeFragment(str){return unescapeJsonPointer(decodeURIComponent(str))}exports.unescapeFragment=unescapeFragment;function escapeFragment(str){return encodeURIComponent(escapeJsonPointer(str))}exports.escapeFragment=escapeFragment;function escapeJsonPointer(str){if(typeof str=="number")return`${str}`;return str.replace(/~/g,"~0").replace(/\//g,"~1")}exports.escapeJsonPointer=escapeJsonPointer;function unescapeJsonPointer(str){return str.replace(/~1/g,"/").replace(/~0/g,"~")}exports.unescapeJsonPointer=unescapeJsonPointer;function eachItem(xs,f){if(Array.isArray(xs)){for(const x of xs)f(x)}else{f(xs)}}exports.eachItem=eachItem;function makeMergeEvaluated({mergeNames,mergeToName,mergeValues,resultToName}){return(gen,from,to,toName)=>{const res=to===undefined?from:to instanceof codegen_1.Name?(from instanceof codegen_1.Name?mergeNames(gen,from,to):mergeToName(gen,from,to),to):from instanceof codegen_1.Name?(mergeToName(gen,to,from),from):mergeValues(from,to);return toName===codegen_1.Name&&!(res instanceof codegen_1.Name)?resultToName(gen,res):res}}exports.mergeEvaluated={props:makeMergeEvaluated({mergeNames:(gen,from,to)=>gen.if((0,codegen_1._)`${to} !== true && ${from} !== undefined`,()=>{gen.if((0,codegen_1._)`${from} === true`,()=>gen.assign(to,true),()=>gen.assign(to,(0,codegen_1._)`${to} || {}`).code((0,codegen_1._)`Object.assign(${to}, ${from})`))}),mergeToName:(gen,from,to)=>gen.if((0,codegen_1._)`${to} !== true`,()=>{if(from===true){gen.assign(to,true)}else{gen.assign(to,(0,codegen_1._)`${to} || {}`);setEvaluated(gen,to,from)}}),mergeValues:(from,to)=>from===true?true:{...from,...to},resultToName:evaluatedPropsToName}),items:makeMergeEvaluated({mergeNames:(gen,from,to)=>gen.if((0,codegen_1._)`${to} !== true && ${from} !== undefined`,()=>gen.assign(to,(0,codegen_1._)`${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),mergeToName:(gen,from,to)=>gen.if((0,codegen_1._)`${to} !== true`,()=>gen.assign(to,from===true?true:(0,codegen_1._)`${to} > ${from} ? ${to} : ${from}`)),mergeValues:(from,to)=>from===true?true:Math.max(from,to),resultToName:(gen,items)=>gen.var("items",items)})};function evaluatedPropsToName(gen,ps){if(ps===true)return gen.var("props",true);const props=gen.var("props",(0,codegen_1._)`{}`);if(ps!==undefined)setEvaluated(gen,props,ps);return props}exports.evaluatedPropsToName=evaluatedPropsToName;function setEvaluated(gen,props,ps){Object.keys(ps).forEach(p=>gen.assign((0,codegen_1._)`${props}${(0,codegen_1.getProperty)(p)}`,true))}exports.setEvaluated=setEvaluated;const snippets={};function useFunc(gen,f){return gen.scopeValue("func",{ref:f,code:snippets[f.code]||(snippets[f.code]=new code_1._Code(f.code))})}exports.useFunc=useFunc;var Type;(function(Type){Type[Type["Num"]=0]="Num";Type[Type["Str"]=1]="Str"})(Type||(exports.Type=Type={}));function getErrorPath(dataProp,dataPropType,jsPropertySyntax){if(dataProp instanceof codegen_1.Name){const isNumber=dataPropType===Type.Num;return jsPropertySyntax?isNumber?(0,codegen_1._)`"[" + ${dataProp} + "]"`:(0,codegen_1._)`"['" + ${dataProp} + "']"`:isNumber?(0,codegen_1._)`"/" + ${dataProp}`:(0,codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`}return jsPropertySyntax?(0,codegen_1.getProperty)(dataProp).toString():"/"+escapeJsonPointer(dataProp)}exports.getErrorPath=getErrorPath;function checkStrictMode(it,msg,mode=it.opts.strictSchema){if(!mode)return;msg=`strict mode: ${msg}`;if(mode===true)throw new Error(msg);it.self.logger.warn(msg)}exports.checkStrictMode=checkStrictMode}),41158:((__unused_webpack_module,exports)=>{Object.defineProperty(exports,"__esModule",{value:true});exports.shouldUseRule=exports.shouldUseGroup=exports.schemaHasRulesForType=void 0;function schemaHasRulesForType({schema,self:self1},type){const group=self1.RULES.types[type];return group&&group!==true&&shouldUseGroup(schema,group)}exports.schemaHasRulesForType=schemaHasRulesForType;function shouldUseGroup(schema,group){return group.rules.some(rule=>shouldUseRule(schema,rule))}exports.shouldUseGroup=shouldUseGroup;function shouldUseRule(schema,rule){var _a;return schema[rule.keyword]!==undefined||((_a=rule.definition.implements)===null||_a===void 0?void 0:_a.some(kwd=>schema[kwd]!==undefined))}exports.shouldUseRule=shouldUseRule}),30092:((__unused_webpack_module,exports,__webpack_require__)=>{Object.defineProperty(exports,"__esModule",{value:true});exports.boolOrEmptySchema=exports.topBoolOrEmptySchema=void 0;const errors_1=__webpack_require__(25281);const codegen_1=__webpack_require__(75306);const names_1=__webpack_require__(75388);const boolError={message:"boolean schema is false"};function topBoolOrEmptySchema(it){const{gen,schema,validateName}=it;if(schema===false){falseSchemaError(it,false)}else if(typeof schema=="object"&&schema.$async===true){gen.return(names_1.default.data)}else{gen.assign((0,codegen_1._)`${validateName}.errors`,null);gen.return(true)}}exports.topBoolOrEmptySchema=topBoolOrEmptySchema;function boolOrEmptySchema(it,valid){const{gen,schema}=it;if(schema===false){gen.var(valid,false);falseSchemaError(it)}else{gen.var(valid,true)}}exports.boolOrEmptySchema=boolOrEmptySchema;function falseSchemaError(it,overrideAllErrors){const{gen,data}=it;const cxt={gen,keyword:"false schema",data,schema:false,schemaCode:false,schemaValue:false,params:{},it};(0,errors_1.reportError)(cxt,boolError,undefined,overrideAllErrors)}}),91915:((__unused_webpack_module,exports,__webpack_require__)=>{Object.defineProperty(exports,"__esModule",{value:true});exports.reportTypeError=exports.checkDataTypes=exports.checkDataType=exports.coerceAndCheckDataType=exports.getJSONTypes=exports.getSchemaTypes=exports.DataType=void 0;const rules_1=__webpack_require__(51055);const applicability_1=__webpack_require__(41158);const errors_1=__webpack_require__(25281);const codegen_1=__webpack_require__(75306);const util_1=__webpack_require__(67482);var DataType;(function(DataType){DataType[DataType["Correct"]=0]="Correct";DataType[DataType["Wrong"]=1]="Wrong"})(DataType||(exports.DataType=DataType={}));function getSchemaTypes(schema){const types=getJSONTypes(schema.type);const hasNull=types.includes("null");if(hasNull){if(schema.nullable===false)throw new Error("type: null contradicts nullable: false")}else{if(!types.length&&schema.nullable!==undefined){throw new Error('"nullable" cannot be used without "type"')}if(schema.nullable===true)types.push("null")}return types}exports.getSchemaTypes=getSchemaTypes;function getJSONTypes(ts){const types=Array.isArray(ts)?ts:ts?[ts]:[];if(types.every(rules_1.isJSONType))return types;throw new Error("type must be JSONType or JSONType[]: "+types.join(","))}exports.getJSONTypes=getJSONTypes;function coerceAndCheckDataType(it,types){const{gen,data,opts}=it;const coerceTo=coerceToTypes(types,opts.coerceTypes);const checkTypes=types.length>0&&!(coerceTo.length===0&&types.length===1&&(0,applicability_1.schemaHasRulesForType)(it,types[0]));if(checkTypes){const wrongType=checkDataTypes(types,data,opts.strictNumbers,DataType.Wrong);gen.if(wrongType,()=>{if(coerceTo.length)coerceData(it,types,coerceTo);else reportTypeError(it)})}return checkTypes}exports.coerceAndCheckDataType=coerceAndCheckDataType;const COERCIBLE=new Set(["string","number","integer","boolean","null"]);function coerceToTypes(types,coerceTypes){return coerceTypes?types.filter(t=>COERCIBLE.has(t)||coerceTypes==="array"&&t==="array"):[]}function coerceData(it,types,coerceTo){const{gen,data,opts}=it;const dataType=gen.let("dataType",(0,codegen_1._)`typeof ${data}`);const coerced=gen.let("coerced",(0,codegen_1._)`undefined`);if(opts.coerceTypes==="array"){gen.if((0,codegen_1._)`${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`,()=>gen.assign(data,(0,codegen_1._)`${data}[0]`).assign(dataType,(0,codegen_1._)`typeof ${data}`).if(checkDataTypes(types,data,opts.strictNumbers),()=>gen.assign(coerced,data)))}gen.if((0,codegen_1._)`${coerced} !== undefined`);for(const t of coerceTo){if(COERCIBLE.has(t)||t==="array"&&opts.coerceTypes==="array"){coerceSpecificType(t)}}gen.else();reportTypeError(it);gen.endIf();gen.if((0,codegen_1._)`${coerced} !== undefined`,()=>{gen.assign(data,coerced);assignParentData(it,coerced)});function coerceSpecificType(t){switch(t){case"string":gen.elseIf((0,codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`).assign(coerced,(0,codegen_1._)`"" + ${data}`).elseIf((0,codegen_1._)`${data} === null`).assign(coerced,(0,codegen_1._)`""`);return;case"number":gen.elseIf((0,codegen_1._)`${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`).assign(coerced,(0,codegen_1._)`+${data}`);return;case"integer":gen.elseIf((0,codegen_1._)`${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`).assign(coerced,(0,codegen_1._)`+${data}`);return;case"boolean":gen.elseIf((0,codegen_1._)`${data} === "false" || ${data} === 0 || ${data} === null`).assign(coerced,false).elseIf((0,codegen_1._)`${data} === "true" || ${data} === 1`).assign(coerced,true);return;case"null":gen.elseIf((0,codegen_1._)`${data} === "" || ${data} === 0 || ${data} === false`);gen.assign(coerced,null);return;case"array":gen.elseIf((0,codegen_1._)`${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`).assign(coerced,(0,codegen_1._)`[${data}]`)}}}function assignParentData({gen,parentData,parentDataProperty},expr){gen.if((0,codegen_1._)`${parentData} !== undefined`,()=>gen.assign((0,codegen_1._)`${parentData}[${parentDataProperty}]`,expr))}function checkDataType(dataType,data,strictNums,correct=DataType.Correct){const EQ=correct===DataType.Correct?codegen_1.operators.EQ:codegen_1.operators.NEQ;let cond;switch(dataType){case"null":return(0,codegen_1._)`${data} ${EQ} null`;case"array":cond=(0,codegen_1._)`Array.isArray(${data})`;break;case"object":cond=(0,codegen_1._)`${data} && typeof ${data} == "object" && !Array.isArray(${data})`;break;case"integer":cond=numCond((0,codegen_1._)`!(${data} % 1) && !isNaN(${data})`);break;case"number":cond=numCond();break;default:return(0,codegen_1._)`typeof ${data} ${EQ} ${dataType}`}return correct===DataType.Correct?cond:(0,codegen_1.not)(cond);function numCond(_cond=codegen_1.nil){return(0,codegen_1.and)((0,codegen_1._)`typeof ${data} == "number"`,_cond,strictNums?(0,codegen_1._)`isFinite(${data})`:codegen_1.nil)}}exports.checkDataType=checkDataType;function checkDataTypes(dataTypes,data,strictNums,correct){if(dataTypes.length===1){return checkDataType(dataTypes[0],data,strictNums,correct)}let cond;const types=(0,util_1.toHash)(dataTypes);if(types.array&&types.object){const notObj=(0,codegen_1._)`typeof ${data} != "object"`;cond=types.null?notObj:(0,codegen_1._)`!${data} || ${notObj}`;delete types.null;delete types.array;delete types.object}else{cond=codegen_1.nil}if(types.number)delete types.integer;for(const t in types)cond=(0,codegen_1.and)(cond,checkDataType(t,data,strictNums,correct));return cond}exports.checkDataTypes=checkDataTypes;const typeError={message:({schema})=>`must be ${schema}`,params:({schema,schemaValue})=>typeof schema=="string"?(0,codegen_1._)`{type: ${schema}}`:(0,codegen_1._)`{type: ${schemaValue}}`};function reportTypeError(it){const cxt=getTypeErrorContext(it);(0,errors_1.reportError)(cxt,typeError)}exports.reportTypeError=reportTypeError;function getTypeErrorContext(it){const{gen,data,schema}=it;const schemaCode=(0,util_1.schemaRefOrVal)(it,schema,"type");return{gen,keyword:"type",data,schema:schema.type,schemaCode,schemaValue:schemaCode,parentSchema:schema,params:{},it}}}),60329:((__unused_webpack_module,exports,__webpack_require__)=>{Object.defineProperty(exports,"__esModule",{value:true});exports.assignDefaults=void 0;const codegen_1=__webpack_require__(75306);const util_1=__webpack_require__(67482);function assignDefaults(it,ty){const{properties,items}=it.schema;if(ty==="object"&&properties){for(const key in properties){assignDefault(it,key,properties[key].default)}}else if(ty==="array"&&Array.isArray(items)){items.forEach((sch,i)=>assignDefault(it,i,sch.default))}}exports.assignDefaults=assignDefaults;function assignDefault(it,prop,defaultValue){const{gen,compositeRule,data,opts}=it;if(defaultValue===undefined)return;const childData=(0,codegen_1._)`${data}${(0,codegen_1.getProperty)(prop)}`;if(compositeRule){(0,util_1.checkStrictMode)(it,`default is ignored for: ${childData}`);return}let condition=(0,codegen_1._)`${childData} === undefined`;if(opts.useDefaults==="empty"){condition=(0,codegen_1._)`${condition} || ${childData} === null || ${childData} === ""`}gen.if(condition,(0,codegen_1._)`${childData} = ${(0,codegen_1.stringify)(defaultValue)}`)}}),45631:((__unused_webpack_module,exports,__webpack_require__)=>{Object.defineProperty(exports,"__esModule",{value:true});exports.getData=exports.KeywordCxt=exports.validateFunctionCode=void 0;const boolSchema_1=__webpack_require__(30092);const dataType_1=__webpack_require__(91915);const applicability_1=__webpack_require__(41158);const dataType_2=__webpack_require__(91915);const defaults_1=__webpack_require__(60329);const keyword_1=__webpack_require__(4996);const subschema_1=__webpack_require__(46442);const codegen_1=__webpack_require__(75306);const names_1=__webpack_require__(75388);const resolve_1=__webpack_require__(23496);const util_1=__webpack_require__(67482);const errors_1=__webpack_require__(25281);function validateFunctionCode(it){if(isSchemaObj(it)){checkKeywords(it);if(schemaCxtHasRules(it)){topSchemaObjCode(it);return}}validateFunction(it,()=>(0,boolSchema_1.topBoolOrEmptySchema)(it))}exports.validateFunctionCode=validateFunctionCode;function validateFunction({gen,validateName,schema,schemaEnv,opts},body){if(opts.code.es5){gen.func(validateName,(0,codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`,schemaEnv.$async,()=>{gen.code((0,codegen_1._)`"use strict"; ${funcSourceUrl(schema,opts)}`);destructureValCxtES5(gen,opts);gen.code(body)})}else{gen.func(validateName,(0,codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`,schemaEnv.$async,()=>gen.code(funcSourceUrl(schema,opts)).code(body))}}function destructureValCxt(opts){return(0,codegen_1._)`{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef?(0,codegen_1._)`, ${names_1.default.dynamicAnchors}={}`:codegen_1.nil}}={}`}function destructureValCxtES5(gen,opts){gen.if(names_1.default.valCxt,()=>{gen.var(names_1.default.instancePath,(0,codegen_1._)`${names_1.default.valCxt}.${names_1.default.instancePath}`);gen.var(names_1.default.parentData,(0,codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentData}`);gen.var(names_1.default.parentDataProperty,(0,codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);gen.var(names_1.default.rootData,(0,codegen_1._)`${names_1.default.valCxt}.${names_1.default.rootData}`);if(opts.dynamicRef)gen.var(names_1.default.dynamicAnchors,(0,codegen_1._)`${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`)},()=>{gen.var(names_1.default.instancePath,(0,codegen_1._)`""`);gen.var(names_1.default.parentData,(0,codegen_1._)`undefined`);gen.var(names_1.default.parentDataProperty,(0,codegen_1._)`undefined`);gen.var(names_1.default.rootData,names_1.default.data);if(opts.dynamicRef)gen.var(names_1.default.dynamicAnchors,(0,codegen_1._)`{}`)})}function topSchemaObjCode(it){const{schema,opts,gen}=it;validateFunction(it,()=>{if(opts.$comment&&schema.$comment)commentKeyword(it);checkNoDefault(it);gen.let(names_1.default.vErrors,null);gen.let(names_1.default.errors,0);if(opts.unevaluated)resetEvaluated(it);typeAndKeywords(it);returnResults(it)});return}function resetEvaluated(it){const{gen,validateName}=it;it.evaluated=gen.const("evaluated",(0,codegen_1._)`${validateName}.evaluated`);gen.if((0,codegen_1._)`${it.evaluated}.dynamicProps`,()=>gen.assign((0,codegen_1._)`${it.evaluated}.props`,(0,codegen_1._)`undefined`));gen.if((0,codegen_1._)`${it.evaluated}.dynamicItems`,()=>gen.assign((0,codegen_1._)`${it.evaluated}.items`,(0,codegen_1._)`undefined`))}function funcSourceUrl(schema,opts){const schId=typeof schema=="object"&&schema[opts.schemaId];return schId&&(opts.code.source||opts.code.process)?(0,codegen_1._)`/*# sourceURL=${schId} */`:codegen_1.nil}function subschemaCode(it,valid){if(isSchemaObj(it)){checkKeywords(it);if(schemaCxtHasRules(it)){subSchemaObjCode(it,valid);return}}(0,boolSchema_1.boolOrEmptySchema)(it,valid)}function schemaCxtHasRules({schema,self:self1}){if(typeof schema=="boolean")return!schema;for(const key in schema)if(self1.RULES.all[key])return true;return false}function isSchemaObj(it){return typeof it.schema!="boolean"}function subSchemaObjCode(it,valid){const{schema,gen,opts}=it;if(opts.$comment&&schema.$comment)commentKeyword(it);updateContext(it);checkAsyncSchema(it);const errsCount=gen.const("_errs",names_1.default.errors);typeAndKeywords(it,errsCount);gen.var(valid,(0,codegen_1._)`${errsCount} === ${names_1.default.errors}`)}function checkKeywords(it){(0,util_1.checkUnknownRules)(it);checkRefsAndKeywords(it)}function typeAndKeywords(it,errsCount){if(it.opts.jtd)return schemaKeywords(it,[],false,errsCount);const types=(0,dataType_1.getSchemaTypes)(it.schema);const checkedTypes=(0,dataType_1.coerceAndCheckDataType)(it,types);schemaKeywords(it,types,!checkedTypes,errsCount)}function checkRefsAndKeywords(it){const{schema,errSchemaPath,opts,self:self1}=it;if(schema.$ref&&opts.ignoreKeywordsWithRef&&(0,util_1.schemaHasRulesButRef)(schema,self1.RULES)){self1.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`)}}function checkNoDefault(it){const{schema,opts}=it;if(schema.default!==undefined&&opts.useDefaults&&opts.strictSchema){(0,util_1.checkStrictMode)(it,"default is ignored in the schema root")}}function updateContext(it){const schId=it.schema[it.opts.schemaId];if(schId)it.baseId=(0,resolve_1.resolveUrl)(it.opts.uriResolver,it.baseId,schId)}function checkAsyncSchema(it){if(it.schema.$async&&!it.schemaEnv.$async)throw new Error("async schema in sync schema")}function commentKeyword({gen,schemaEnv,schema,errSchemaPath,opts}){const msg=schema.$comment;if(opts.$comment===true){gen.code((0,codegen_1._)`${names_1.default.self}.logger.log(${msg})`)}else if(typeof opts.$comment=="function"){const schemaPath=(0,codegen_1.str)`${errSchemaPath}/$comment`;const rootName=gen.scopeValue("root",{ref:schemaEnv.root});gen.code((0,codegen_1._)`${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`)}}function returnResults(it){const{gen,schemaEnv,validateName,ValidationError,opts}=it;if(schemaEnv.$async){gen.if((0,codegen_1._)`${names_1.default.errors} === 0`,()=>gen.return(names_1.default.data),()=>gen.throw((0,codegen_1._)`new ${ValidationError}(${names_1.default.vErrors})`))}else{gen.assign((0,codegen_1._)`${validateName}.errors`,names_1.default.vErrors);if(opts.unevaluated)assignEvaluated(it);gen.return((0,codegen_1._)`${names_1.default.errors} === 0`)}}function assignEvaluated({gen,evaluated,props,items}){if(props instanceof codegen_1.Name)gen.assign((0,codegen_1._)`${evaluated}.props`,props);if(items instanceof codegen_1.Name)gen.assign((0,codegen_1._)`${evaluated}.items`,items)}function schemaKeywords(it,types,typeErrors,errsCount){const{gen,schema,data,allErrors,opts,self:self1}=it;const{RULES}=self1;if(schema.$ref&&(opts.ignoreKeywordsWithRef||!(0,util_1.schemaHasRulesButRef)(schema,RULES))){gen.block(()=>keywordCode(it,"$ref",RULES.all.$ref.definition));return}if(!opts.jtd)checkStrictTypes(it,types);gen.block(()=>{for(const group of RULES.rules)groupKeywords(group);groupKeywords(RULES.post)});function groupKeywords(group){if(!(0,applicability_1.shouldUseGroup)(schema,group))return;if(group.type){gen.if((0,dataType_2.checkDataType)(group.type,data,opts.strictNumbers));iterateKeywords(it,group);if(types.length===1&&types[0]===group.type&&typeErrors){gen.else();(0,dataType_2.reportTypeError)(it)}gen.endIf()}else{iterateKeywords(it,group)}if(!allErrors)gen.if((0,codegen_1._)`${names_1.default.errors} === ${errsCount||0}`)}}function iterateKeywords(it,group){const{gen,schema,opts:{useDefaults}}=it;if(useDefaults)(0,defaults_1.assignDefaults)(it,group.type);gen.block(()=>{for(const rule of group.rules){if((0,applicability_1.shouldUseRule)(schema,rule)){keywordCode(it,rule.keyword,rule.definition,group.type)}}})}function checkStrictTypes(it,types){if(it.schemaEnv.meta||!it.opts.strictTypes)return;checkContextTypes(it,types);if(!it.opts.allowUnionTypes)checkMultipleTypes(it,types);checkKeywordTypes(it,it.dataTypes)}function checkContextTypes(it,types){if(!types.length)return;if(!it.dataTypes.length){it.dataTypes=types;return}types.forEach(t=>{if(!includesType(it.dataTypes,t)){strictTypesError(it,`type "${t}" not allowed by context "${it.dataTypes.join(",")}"`)}});narrowSchemaTypes(it,types)}function checkMultipleTypes(it,ts){if(ts.length>1&&!(ts.length===2&&ts.includes("null"))){strictTypesError(it,"use allowUnionTypes to allow union type keyword")}}function checkKeywordTypes(it,ts){const rules=it.self.RULES.all;for(const keyword in rules){const rule=rules[keyword];if(typeof rule=="object"&&(0,applicability_1.shouldUseRule)(it.schema,rule)){const{type}=rule.definition;if(type.length&&!type.some(t=>hasApplicableType(ts,t))){strictTypesError(it,`missing type "${type.join(",")}" for keyword "${keyword}"`)}}}}function hasApplicableType(schTs,kwdT){return schTs.includes(kwdT)||kwdT==="number"&&schTs.includes("integer")}function includesType(ts,t){return ts.includes(t)||t==="integer"&&ts.includes("number")}function narrowSchemaTypes(it,withTypes){const ts=[];for(const t of it.dataTypes){if(includesType(withTypes,t))ts.push(t);else if(withTypes.includes("integer")&&t==="number")ts.push("integer")}it.dataTypes=ts}function strictTypesError(it,msg){const schemaPath=it.schemaEnv.baseId+it.errSchemaPath;msg+=` at "${schemaPath}" (strictTypes)`;(0,util_1.checkStrictMode)(it,msg,it.opts.strictTypes)}class KeywordCxt{constructor(it,def,keyword){(0,keyword_1.validateKeywordUsage)(it,def,keyword);this.gen=it.gen;this.allErrors=it.allErrors;this.keyword=keyword;this.data=it.data;this.schema=it.schema[keyword];this.$data=def.$data&&it.opts.$data&&this.schema&&this.schema.$data;this.schemaValue=(0,util_1.schemaRefOrVal)(it,this.schema,keyword,this.$data);this.schemaType=def.schemaType;this.parentSchema=it.schema;this.params={};this.it=it;this.def=def;if(this.$data){this.schemaCode=it.gen.const("vSchema",getData(this.$data,it))}else{this.schemaCode=this.schemaValue;if(!(0,keyword_1.validSchemaType)(this.schema,def.schemaType,def.allowUndefined)){throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`)}}if("code"in def?def.trackErrors:def.errors!==false){this.errsCount=it.gen.const("_errs",names_1.default.errors)}}result(condition,successAction,failAction){this.failResult((0,codegen_1.not)(condition),successAction,failAction)}failResult(condition,successAction,failAction){this.gen.if(condition);if(failAction)failAction();else this.error();if(successAction){this.gen.else();successAction();if(this.allErrors)this.gen.endIf()}else{if(this.allErrors)this.gen.endIf();else this.gen.else()}}pass(condition,failAction){this.failResult((0,codegen_1.not)(condition),undefined,failAction)}fail(condition){if(condition===undefined){this.error();if(!this.allErrors)this.gen.if(false);return}this.gen.if(condition);this.error();if(this.allErrors)this.gen.endIf();else this.gen.else()}fail$data(condition){if(!this.$data)return this.fail(condition);const{schemaCode}=this;this.fail((0,codegen_1._)`${schemaCode} !== undefined && (${(0,codegen_1.or)(this.invalid$data(),condition)})`)}error(append,errorParams,errorPaths){if(errorParams){this.setParams(errorParams);this._error(append,errorPaths);this.setParams({});return}this._error(append,errorPaths)}_error(append,errorPaths){;(append?errors_1.reportExtraError:errors_1.reportError)(this,this.def.error,errorPaths)}$dataError(){(0,errors_1.reportError)(this,this.def.$dataError||errors_1.keyword$DataError)}reset(){if(this.errsCount===undefined)throw new Error('add "trackErrors" to keyword definition');(0,errors_1.resetErrorsCount)(this.gen,this.errsCount)}ok(cond){if(!this.allErrors)this.gen.if(cond)}setParams(obj,assign){if(assign)Object.assign(this.params,obj);else this.params=obj}block$data(valid,codeBlock,$dataValid=codegen_1.nil){this.gen.block(()=>{this.check$data(valid,$dataValid);codeBlock()})}check$data(valid=codegen_1.nil,$dataValid=codegen_1.nil){if(!this.$data)return;const{gen,schemaCode,schemaType,def}=this;gen.if((0,codegen_1.or)((0,codegen_1._)`${schemaCode} === undefined`,$dataValid));if(valid!==codegen_1.nil)gen.assign(valid,true);if(schemaType.length||def.validateSchema){gen.elseIf(this.invalid$data());this.$dataError();if(valid!==codegen_1.nil)gen.assign(valid,false)}gen.else()}invalid$data(){const{gen,schemaCode,schemaType,def,it}=this;return(0,codegen_1.or)(wrong$DataType(),invalid$DataSchema());function wrong$DataType(){if(schemaType.length){if(!(schemaCode instanceof codegen_1.Name))throw new Error("ajv implementation error");const st=Array.isArray(schemaType)?schemaType:[schemaType];return(0,codegen_1._)`${(0,dataType_2.checkDataTypes)(st,schemaCode,it.opts.strictNumbers,dataType_2.DataType.Wrong)}`}return codegen_1.nil}function invalid$DataSchema(){if(def.validateSchema){const validateSchemaRef=gen.scopeValue("validate$data",{ref:def.validateSchema});return(0,codegen_1._)`!${validateSchemaRef}(${schemaCode})`}return codegen_1.nil}}subschema(appl,valid){const subschema=(0,subschema_1.getSubschema)(this.it,appl);(0,subschema_1.extendSubschemaData)(subschema,this.it,appl);(0,subschema_1.extendSubschemaMode)(subschema,appl);const nextContext={...this.it,...subschema,items:undefined,props:undefined};subschemaCode(nextContext,valid);return nextContext}mergeEvaluated(schemaCxt,toName){const{it,gen}=this;if(!it.opts.unevaluated)return;if(it.props!==true&&schemaCxt.props!==undefined){it.props=util_1.mergeEvaluated.props(gen,schemaCxt.props,it.props,toName)}if(it.items!==true&&schemaCxt.items!==undefined){it.items=util_1.mergeEvaluated.items(gen,schemaCxt.items,it.items,toName)}}mergeValidEvaluated(schemaCxt,valid){const{it,gen}=this;if(it.opts.unevaluated&&(it.props!==true||it.items!==true)){gen.if(valid,()=>this.mergeEvaluated(schemaCxt,codegen_1.Name));return true}}}exports.KeywordCxt=KeywordCxt;function keywordCode(it,keyword,def,ruleType){const cxt=new KeywordCxt(it,def,keyword);if("code"in def){def.code(cxt,ruleType)}else if(cxt.$data&&def.validate){(0,keyword_1.funcKeywordCode)(cxt,def)}else if("macro"in def){(0,keyword_1.macroKeywordCode)(cxt,def)}else if(def.compile||def.validate){(0,keyword_1.funcKeywordCode)(cxt,def)}}const JSON_POINTER=/^\/(?:[^~]|~0|~1)*$/;const RELATIVE_JSON_POINTER=/^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;function getData($data,{dataLevel,dataNames,dataPathArr}){let jsonPointer;let data;if($data==="")return names_1.default.rootData;if($data[0]==="/"){if(!JSON_POINTER.test($data))throw new Error(`Invalid JSON-pointer: ${$data}`);jsonPointer=$data;data=names_1.default.rootData}else{const matches=RELATIVE_JSON_POINTER.exec($data);if(!matches)throw new Error(`Invalid JSON-pointer: ${$data}`);const up=+matches[1];jsonPointer=matches[2];if(jsonPointer==="#"){if(up>=dataLevel)throw new Error(errorMsg("property/index",up));return dataPathArr[dataLevel-up]}if(up>dataLevel)throw new Error(errorMsg("data",up));data=dataNames[dataLevel-up];if(!jsonPointer)return data}let expr=data;const segments=jsonPointer.split("/");for(const segment of segments){if(segment){data=(0,codegen_1._)`${data}${(0,codegen_1.getProperty)((0,util_1.unescapeJsonPointer)(segment))}`;expr=(0,codegen_1._)`${expr} && ${data}`}}return expr;function errorMsg(pointerType,up){return`Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`}}exports.getData=getData}),4996:((__unused_webpack_module,exports,__webpack_require__)=>{Object.defineProperty(exports,"__esModule",{value:true});exports.validateKeywordUsage=exports.validSchemaType=exports.funcKeywordCode=exports.macroKeywordCode=void 0;const codegen_1=__webpack_require__(75306);const names_1=__webpack_require__(75388);const code_1=__webpack_require__(90706);const errors_1=__webpack_require__(25281);function macroKeywordCode(cxt,def){const{gen,keyword,schema,parentSchema,it}=cxt;const macroSchema=def.macro.call(it.self,schema,parentSchema,it);const schemaRef=useKeyword(gen,keyword,macroSchema);if(it.opts.validateSchema!==false)it.self.validateSchema(macroSchema,true);const valid=gen.name("valid");cxt.subschema({schema:macroSchema,schemaPath:codegen_1.nil,errSchemaPath:`${it.errSchemaPath}/${keyword}`,topSchemaRef:schemaRef,compositeRule:true},valid);cxt.pass(valid,()=>cxt.error(true))}exports.macroKeywordCode=macroKeywordCode;function funcKeywordCode(cxt,def){var _a;const{gen,keyword,schema,parentSchema,$data,it}=cxt;checkAsyncKeyword(it,def);const validate=!$data&&def.compile?def.compile.call(it.self,schema,parentSchema,it):def.validate;const validateRef=useKeyword(gen,keyword,validate);const valid=gen.let("valid");cxt.block$data(valid,validateKeyword);cxt.ok((_a=def.valid)!==null&&_a!==void 0?_a:valid);function validateKeyword(){if(def.errors===false){assignValid();if(def.modifying)modifyData(cxt);reportErrs(()=>cxt.error())}else{const ruleErrs=def.async?validateAsync():validateSync();if(def.modifying)modifyData(cxt);reportErrs(()=>addErrs(cxt,ruleErrs))}}function validateAsync(){const ruleErrs=gen.let("ruleErrs",null);gen.try(()=>assignValid((0,codegen_1._)`await `),e=>gen.assign(valid,false).if((0,codegen_1._)`${e} instanceof ${it.ValidationError}`,()=>gen.assign(ruleErrs,(0,codegen_1._)`${e}.errors`),()=>gen.throw(e)));return ruleErrs}function validateSync(){const validateErrs=(0,codegen_1._)`${validateRef}.errors`;gen.assign(validateErrs,null);assignValid(codegen_1.nil);return validateErrs}function assignValid(_await=def.async?(0,codegen_1._)`await `:codegen_1.nil){const passCxt=it.opts.passContext?names_1.default.this:names_1.default.self;const passSchema=!("compile"in def&&!$data||def.schema===false);gen.assign(valid,(0,codegen_1._)`${_await}${(0,code_1.callValidateCode)(cxt,validateRef,passCxt,passSchema)}`,def.modifying)}function reportErrs(errors){var _a;gen.if((0,codegen_1.not)((_a=def.valid)!==null&&_a!==void 0?_a:valid),errors)}}exports.funcKeywordCode=funcKeywordCode;function modifyData(cxt){const{gen,data,it}=cxt;gen.if(it.parentData,()=>gen.assign(data,(0,codegen_1._)`${it.parentData}[${it.parentDataProperty}]`))}function addErrs(cxt,errs){const{gen}=cxt;gen.if((0,codegen_1._)`Array.isArray(${errs})`,()=>{gen.assign(names_1.default.vErrors,(0,codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`).assign(names_1.default.errors,(0,codegen_1._)`${names_1.default.vErrors}.length`);(0,errors_1.extendErrors)(cxt)},()=>cxt.error())}function checkAsyncKeyword({schemaEnv},def){if(def.async&&!schemaEnv.$async)throw new Error("async keyword in sync schema")}function useKeyword(gen,keyword,result){if(result===undefined)throw new Error(`keyword "${keyword}" failed to compile`);return gen.scopeValue("keyword",typeof result=="function"?{ref:result}:{ref:result,code:(0,codegen_1.stringify)(result)})}function validSchemaType(schema,schemaType,allowUndefined=false){return!schemaType.length||schemaType.some(st=>st==="array"?Array.isArray(schema):st==="object"?schema&&typeof schema=="object"&&!Array.isArray(schema):typeof schema==st||allowUndefined&&typeof schema=="undefined")}exports.validSchemaType=validSchemaType;function validateKeywordUsage({schema,opts,self:self1,errSchemaPath},def,keyword){if(Array.isArray(def.keyword)?!def.keyword.includes(keyword):def.keyword!==keyword){throw new Error("ajv implementation error")}const deps=def.dependencies;if(deps===null||deps===void 0?void 0:deps.some(kwd=>!Object.prototype.hasOwnProperty.call(schema,kwd))){throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`)}if(def.validateSchema){const valid=def.validateSchema(schema[keyword]);if(!valid){const msg=`keyword "${keyword}" value is invalid at path "${errSchemaPath}": `+self1.errorsText(def.validateSchema.errors);if(opts.validateSchema==="log")self1.logger.error(msg);else throw new Error(msg)}}}exports.validateKeywordUsage=validateKeywordUsage}),46442:((__unused_webpack_module,exports,__webpack_require__)=>{Object.defineProperty(exports,"__esModule",{value:true});exports.extendSubschemaMode=exports.extendSubschemaData=exports.getSubschema=void 0;const codegen_1=__webpack_require__(75306);const util_1=__webpack_require__(67482);function getSubschema(it,{keyword,schemaProp,schema,schemaPath,errSchemaPath,topSchemaRef}){if(keyword!==undefined&&schema!==undefined){throw new Error('both "keyword" and "schema" passed, only one allowed')}if(keyword!==undefined){const sch=it.schema[keyword];return schemaProp===undefined?{schema:sch,schemaPath:(0,codegen_1._)`${it.schemaPath}${(0,codegen_1.getProperty)(keyword)}`,errSchemaPath:`${it.errSchemaPath}/${keyword}`}:{schema:sch[schemaProp],schemaPath:(0,codegen_1._)`${it.schemaPath}${(0,codegen_1.getProperty)(keyword)}${(0,codegen_1.getProperty)(schemaProp)}`,errSchemaPath:`${it.errSchemaPath}/${keyword}/${(0,util_1.escapeFragment)(schemaProp)}`}}if(schema!==undefined){if(schemaPath===undefined||errSchemaPath===undefined||topSchemaRef===undefined){throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"')}return{schema,schemaPath,topSchemaRef,errSchemaPath}}throw new Error('either "keyword" or "schema" must be passed')}exports.getSubschema=getSubschema;function extendSubschemaData(subschema,it,{dataProp,dataPropType:dpType,data,dataTypes,propertyName}){if(data!==undefined&&dataProp!==undefined){throw new Error('both "data" and "dataProp" passed, only one allowed')}const{gen}=it;if(dataProp!==undefined){const{errorPath,dataPathArr,opts}=it;const nextData=gen.let("data",(0,codegen_1._)`${it.data}${(0,codegen_1.getProperty)(dataProp)}`,true);dataContextProps(nextData);subschema.errorPath=(0,codegen_1.str)`${errorPath}${(0,util_1.getErrorPath)(dataProp,dpType,opts.jsPropertySyntax)}`;subschema.parentDataProperty=(0,codegen_1._)`${dataProp}`;subschema.dataPathArr=[...dataPathArr,subschema.parentDataProperty]}if(data!==undefined){const nextData=data instanceof codegen_1.Name?data:gen.let("data",data,true);dataContextProps(nextData);if(propertyName!==undefined)subschema.propertyName=propertyName}if(dataTypes)subschema.dataTypes=dataTypes;function dataContextProps(_nextData){subschema.data=_nextData;subschema.dataLevel=it.dataLevel+1;subschema.dataTypes=[];it.definedProperties=new Set;subschema.parentData=it.data;subschema.dataNames=[...it.dataNames,_nextData]}}exports.extendSubschemaData=extendSubschemaData;function extendSubschemaMode(subschema,{jtdDiscriminator,jtdMetadata,compositeRule,createErrors,allErrors}){if(compositeRule!==undefined)subschema.compositeRule=compositeRule;if(createErrors!==undefined)subschema.createErrors=createErrors;if(allErrors!==undefined)subschema.allErrors=allErrors;subschema.jtdDiscriminator=jtdDiscriminator;subschema.jtdMetadata=jtdMetadata}exports.extendSubschemaMode=extendSubschemaMode}),5703:((__unused_webpack_module,exports,__webpack_require__)=>{Object.defineProperty(exports,"__esModule",{value:true});exports.CodeGen=exports.Name=exports.nil=exports.stringify=exports.str=exports._=exports.KeywordCxt=void 0;var validate_1=__webpack_require__(45631);Object.defineProperty(exports,"KeywordCxt",{enumerable:true,get:function(){return validate_1.KeywordCxt}});var codegen_1=__webpack_require__(75306);Object.defineProperty(exports,"_",{enumerable:true,get:function(){return codegen_1._}});Object.defineProperty(exports,"str",{enumerable:true,get:function(){return codegen_1.str}});Object.defineProperty(exports,"stringify",{enumerable:true,get:function(){return codegen_1.stringify}});Object.defineProperty(exports,"nil",{enumerable:true,get:function(){return codegen_1.nil}});Object.defineProperty(exports,"Name",{enumerable:true,get:function(){return codegen_1.Name}});Object.defineProperty(exports,"CodeGen",{enumerable:true,get:function(){return codegen_1.CodeGen}});const validation_error_1=__webpack_require__(78391);const ref_error_1=__webpack_require__(7924);const rules_1=__webpack_require__(51055);const compile_1=__webpack_require__(21552);const codegen_2=__webpack_require__(75306);const resolve_1=__webpack_require__(23496);const dataType_1=__webpack_require__(91915);const util_1=__webpack_require__(67482);const $dataRefSchema=__webpack_require__(947);const uri_1=__webpack_require__(32671);const defaultRegExp=(str,flags)=>new RegExp(str,flags);defaultRegExp.code="new RegExp";const META_IGNORE_OPTIONS=["removeAdditional","useDefaults","coerceTypes"];const EXT_SCOPE_NAMES=new Set(["validate","serialize","parse","wrapper","root","schema","keyword","pattern","formats","validate$data","func","obj","Error"]);const removedOptions={errorDataPath:"",format:"`validateFormats: false` can be used instead.",nullable:'"nullable" keyword is supported by default.',jsonPointers:"Deprecated jsPropertySyntax can be used instead.",extendRefs:"Deprecated ignoreKeywordsWithRef can be used instead.",missingRefs:"Pass empty schema with $id that should be ignored to ajv.addSchema.",processCode:"Use option `code: {process: (code, schemaEnv: object) => string}`",sourceCode:"Use option `code: {source: true}`",strictDefaults:"It is default now, see option `strict`.",strictKeywords:"It is default now, see option `strict`.",uniqueItems:'"uniqueItems" keyword is always validated.',unknownFormats:"Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",cache:"Map is used as cache, schema object as key.",serialize:"Map is used as cache, schema object as key.",ajvErrors:"It is default now."};const deprecatedOptions={ignoreKeywordsWithRef:"",jsPropertySyntax:"",unicode:'"minLength"/"maxLength" account for unicode characters by default.'};const MAX_EXPRESSION=200;function requiredOptions(o){var _a,_b,_c,_d,_e,_f,_g,_h,_j,_k,_l,_m,_o,_p,_q,_r,_s,_t,_u,_v,_w,_x,_y,_z,_0;const s=o.strict;const _optz=(_a=o.code)===null||_a===void 0?void 0:_a.optimize;const optimize=_optz===true||_optz===undefined?1:_optz||0;const regExp=(_c=(_b=o.code)===null||_b===void 0?void 0:_b.regExp)!==null&&_c!==void 0?_c:defaultRegExp;const uriResolver=(_d=o.uriResolver)!==null&&_d!==void 0?_d:uri_1.default;return{strictSchema:(_f=(_e=o.strictSchema)!==null&&_e!==void 0?_e:s)!==null&&_f!==void 0?_f:true,strictNumbers:(_h=(_g=o.strictNumbers)!==null&&_g!==void 0?_g:s)!==null&&_h!==void 0?_h:true,strictTypes:(_k=(_j=o.strictTypes)!==null&&_j!==void 0?_j:s)!==null&&_k!==void 0?_k:"log",strictTuples:(_m=(_l=o.strictTuples)!==null&&_l!==void 0?_l:s)!==null&&_m!==void 0?_m:"log",strictRequired:(_p=(_o=o.strictRequired)!==null&&_o!==void 0?_o:s)!==null&&_p!==void 0?_p:false,code:o.code?{...o.code,optimize,regExp}:{optimize,regExp},loopRequired:(_q=o.loopRequired)!==null&&_q!==void 0?_q:MAX_EXPRESSION,loopEnum:(_r=o.loopEnum)!==null&&_r!==void 0?_r:MAX_EXPRESSION,meta:(_s=o.meta)!==null&&_s!==void 0?_s:true,messages:(_t=o.messages)!==null&&_t!==void 0?_t:true,inlineRefs:(_u=o.inlineRefs)!==null&&_u!==void 0?_u:true,schemaId:(_v=o.schemaId)!==null&&_v!==void 0?_v:"$id",addUsedSchema:(_w=o.addUsedSchema)!==null&&_w!==void 0?_w:true,validateSchema:(_x=o.validateSchema)!==null&&_x!==void 0?_x:true,validateFormats:(_y=o.validateFormats)!==null&&_y!==void 0?_y:true,unicodeRegExp:(_z=o.unicodeRegExp)!==null&&_z!==void 0?_z:true,int32range:(_0=o.int32range)!==null&&_0!==void 0?_0:true,uriResolver:uriResolver}}class Ajv{constructor(opts={}){this.schemas={};this.refs={};this.formats=Object.create(null);this._compilations=new Set;this._loading={};this._cache=new Map;opts=this.opts={...opts,...requiredOptions(opts)};const{es5,lines}=this.opts.code;this.scope=new codegen_2.ValueScope({scope:{},prefixes:EXT_SCOPE_NAMES,es5,lines});this.logger=getLogger(opts.logger);const formatOpt=opts.validateFormats;opts.validateFormats=false;this.RULES=(0,rules_1.getRules)();checkOptions.call(this,removedOptions,opts,"NOT SUPPORTED");checkOptions.call(this,deprecatedOptions,opts,"DEPRECATED","warn");this._metaOpts=getMetaSchemaOptions.call(this);if(opts.formats)addInitialFormats.call(this);this._addVocabularies();this._addDefaultMetaSchema();if(opts.keywords)addInitialKeywords.call(this,opts.keywords);if(typeof opts.meta=="object")this.addMetaSchema(opts.meta);addInitialSchemas.call(this);opts.validateFormats=formatOpt}_addVocabularies(){this.addKeyword("$async")}_addDefaultMetaSchema(){const{$data,meta,schemaId}=this.opts;let _dataRefSchema=$dataRefSchema;if(schemaId==="id"){_dataRefSchema={...$dataRefSchema};_dataRefSchema.id=_dataRefSchema.$id;delete _dataRefSchema.$id}if(meta&&$data)this.addMetaSchema(_dataRefSchema,_dataRefSchema[schemaId],false)}defaultMeta(){const{meta,schemaId}=this.opts;return this.opts.defaultMeta=typeof meta=="object"?meta[schemaId]||meta:undefined}validate(schemaKeyRef,data){let v;if(typeof schemaKeyRef=="string"){v=this.getSchema(schemaKeyRef);if(!v)throw new Error(`no schema with key or ref "${schemaKeyRef}"`)}else{v=this.compile(schemaKeyRef)}const valid=v(data);if(!("$async"in v))this.errors=v.errors;return valid}compile(schema,_meta){const sch=this._addSchema(schema,_meta);return sch.validate||this._compileSchemaEnv(sch)}compileAsync(schema,meta){if(typeof this.opts.loadSchema!="function"){throw new Error("options.loadSchema should be a function")}const{loadSchema}=this.opts;return runCompileAsync.call(this,schema,meta);async function runCompileAsync(_schema,_meta){await loadMetaSchema.call(this,_schema.$schema);const sch=this._addSchema(_schema,_meta);return sch.validate||_compileAsync.call(this,sch)}async function loadMetaSchema($ref){if($ref&&!this.getSchema($ref)){await runCompileAsync.call(this,{$ref},true)}}async function _compileAsync(sch){try{return this._compileSchemaEnv(sch)}catch(e){if(!(e instanceof ref_error_1.default))throw e;checkLoaded.call(this,e);await loadMissingSchema.call(this,e.missingSchema);return _compileAsync.call(this,sch)}}function checkLoaded({missingSchema:ref,missingRef}){if(this.refs[ref]){throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`)}}async function loadMissingSchema(ref){const _schema=await _loadSchema.call(this,ref);if(!this.refs[ref])await loadMetaSchema.call(this,_schema.$schema);if(!this.refs[ref])this.addSchema(_schema,ref,meta)}async function _loadSchema(ref){const p=this._loading[ref];if(p)return p;try{return await (this._loading[ref]=loadSchema(ref))}finally{delete this._loading[ref]}}}addSchema(schema,key,_meta,_validateSchema=this.opts.validateSchema){if(Array.isArray(schema)){for(const sch of schema)this.addSchema(sch,undefined,_meta,_validateSchema);return this}let id;if(typeof schema==="object"){const{schemaId}=this.opts;id=schema[schemaId];if(id!==undefined&&typeof id!="string"){throw new Error(`schema ${schemaId} must be string`)}}key=(0,resolve_1.normalizeId)(key||id);this._checkUnique(key);this.schemas[key]=this._addSchema(schema,_meta,key,_validateSchema,true);return this}addMetaSchema(schema,key,_validateSchema=this.opts.validateSchema){this.addSchema(schema,key,true,_validateSchema);return this}validateSchema(schema,throwOrLogError){if(typeof schema=="boolean")return true;let $schema;$schema=schema.$schema;if($schema!==undefined&&typeof $schema!="string"){throw new Error("$schema must be a string")}$schema=$schema||this.opts.defaultMeta||this.defaultMeta();if(!$schema){this.logger.warn("meta-schema not available");this.errors=null;return true}const valid=this.validate($schema,schema);if(!valid&&throwOrLogError){const message="schema is invalid: "+this.errorsText();if(this.opts.validateSchema==="log")this.logger.error(message);else throw new Error(message)}return valid}getSchema(keyRef){let sch;while(typeof(sch=getSchEnv.call(this,keyRef))=="string")keyRef=sch;if(sch===undefined){const{schemaId}=this.opts;const root=new compile_1.SchemaEnv({schema:{},schemaId});sch=compile_1.resolveSchema.call(this,root,keyRef);if(!sch)return;this.refs[keyRef]=sch}return sch.validate||this._compileSchemaEnv(sch)}removeSchema(schemaKeyRef){if(schemaKeyRef instanceof RegExp){this._removeAllSchemas(this.schemas,schemaKeyRef);this._removeAllSchemas(this.refs,schemaKeyRef);return this}switch(typeof schemaKeyRef){case"undefined":this._removeAllSchemas(this.schemas);this._removeAllSchemas(this.refs);this._cache.clear();return this;case"string":{const sch=getSchEnv.call(this,schemaKeyRef);if(typeof sch=="object")this._cache.delete(sch.schema);delete this.schemas[schemaKeyRef];delete this.refs[schemaKeyRef];return this}case"object":{const cacheKey=schemaKeyRef;this._cache.delete(cacheKey);let id=schemaKeyRef[this.opts.schemaId];if(id){id=(0,resolve_1.normalizeId)(id);delete this.schemas[id];delete this.refs[id]}return this}default:throw new Error("ajv.removeSchema: invalid parameter")}}addVocabulary(definitions){for(const def of definitions)this.addKeyword(def);return this}addKeyword(kwdOrDef,def){let keyword;if(typeof kwdOrDef=="string"){keyword=kwdOrDef;if(typeof def=="object"){this.logger.warn("these parameters are deprecated, see docs for addKeyword");def.keyword=keyword}}else if(typeof kwdOrDef=="object"&&def===undefined){def=kwdOrDef;keyword=def.keyword;if(Array.isArray(keyword)&&!keyword.length){throw new Error("addKeywords: keyword must be string or non-empty array")}}else{throw new Error("invalid addKeywords parameters")}checkKeyword.call(this,keyword,def);if(!def){(0,util_1.eachItem)(keyword,kwd=>addRule.call(this,kwd));return this}keywordMetaschema.call(this,def);const definition={...def,type:(0,dataType_1.getJSONTypes)(def.type),schemaType:(0,dataType_1.getJSONTypes)(def.schemaType)};(0,util_1.eachItem)(keyword,definition.type.length===0?k=>addRule.call(this,k,definition):k=>definition.type.forEach(t=>addRule.call(this,k,definition,t)));return this}getKeyword(keyword){const rule=this.RULES.all[keyword];return typeof rule=="object"?rule.definition:!!rule}removeKeyword(keyword){const{RULES}=this;delete RULES.keywords[keyword];delete RULES.all[keyword];for(const group of RULES.rules){const i=group.rules.findIndex(rule=>rule.keyword===keyword);if(i>=0)group.rules.splice(i,1)}return this}addFormat(name,format){if(typeof format=="string")format=new RegExp(format);this.formats[name]=format;return this}errorsText(errors=this.errors,{separator=", ",dataVar="data"}={}){if(!errors||errors.length===0)return"No errors";return errors.map(e=>`${dataVar}${e.instancePath} ${e.message}`).reduce((text,msg)=>text+separator+msg)}$dataMetaSchema(metaSchema,keywordsJsonPointers){const rules=this.RULES.all;metaSchema=JSON.parse(JSON.stringify(metaSchema));for(const jsonPointer of keywordsJsonPointers){const segments=jsonPointer.split("/").slice(1);let keywords=metaSchema;for(const seg of segments)keywords=keywords[seg];for(const key in rules){const rule=rules[key];if(typeof rule!="object")continue;const{$data}=rule.definition;const schema=keywords[key];if($data&&schema)keywords[key]=schemaOrData(schema)}}return metaSchema}_removeAllSchemas(schemas,regex){for(const keyRef in schemas){const sch=schemas[keyRef];if(!regex||regex.test(keyRef)){if(typeof sch=="string"){delete schemas[keyRef]}else if(sch&&!sch.meta){this._cache.delete(sch.schema);delete schemas[keyRef]}}}}_addSchema(schema,meta,baseId,validateSchema=this.opts.validateSchema,addSchema=this.opts.addUsedSchema){let id;const{schemaId}=this.opts;if(typeof schema=="object"){id=schema[schemaId]}else{if(this.opts.jtd)throw new Error("schema must be object");else if(typeof schema!="boolean")throw new Error("schema must be object or boolean")}let sch=this._cache.get(schema);if(sch!==undefined)return sch;baseId=(0,resolve_1.normalizeId)(id||baseId);const localRefs=resolve_1.getSchemaRefs.call(this,schema,baseId);sch=new compile_1.SchemaEnv({schema,schemaId,meta,baseId,localRefs});this._cache.set(sch.schema,sch);if(addSchema&&!baseId.startsWith("#")){if(baseId)this._checkUnique(baseId);this.refs[baseId]=sch}if(validateSchema)this.validateSchema(schema,true);return sch}_checkUnique(id){if(this.schemas[id]||this.refs[id]){throw new Error(`schema with key or id "${id}" already exists`)}}_compileSchemaEnv(sch){if(sch.meta)this._compileMetaSchema(sch);else compile_1.compileSchema.call(this,sch);if(!sch.validate)throw new Error("ajv implementation error");return sch.validate}_compileMetaSchema(sch){const currentOpts=this.opts;this.opts=this._metaOpts;try{compile_1.compileSchema.call(this,sch)}finally{this.opts=currentOpts}}}Ajv.ValidationError=validation_error_1.default;Ajv.MissingRefError=ref_error_1.default;exports["default"]=Ajv;function checkOptions(checkOpts,options,msg,log="error"){for(const key in checkOpts){const opt=key;if(opt in options)this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`)}}function getSchEnv(keyRef){keyRef=(0,resolve_1.normalizeId)(keyRef);return this.schemas[keyRef]||this.refs[keyRef]}function addInitialSchemas(){const optsSchemas=this.opts.schemas;if(!optsSchemas)return;if(Array.isArray(optsSchemas))this.addSchema(optsSchemas);else for(const key in optsSchemas)this.addSchema(optsSchemas[key],key)}function addInitialFormats(){for(const name in this.opts.formats){const format=this.opts.formats[name];if(format)this.addFormat(name,format)}}function addInitialKeywords(defs){if(Array.isArray(defs)){this.addVocabulary(defs);return}this.logger.warn("keywords option as map is deprecated, pass array");for(const keyword in defs){const def=defs[keyword];if(!def.keyword)def.keyword=keyword;this.addKeyword(def)}}function getMetaSchemaOptions(){const metaOpts={...this.opts};for(const opt of META_IGNORE_OPTIONS)delete metaOpts[opt];return metaOpts}const noLogs={log(){},warn(){},error(){}};function getLogger(logger){if(logger===false)return noLogs;if(logger===undefined)return console;if(logger.log&&logger.warn&&logger.error)return logger;throw new Error("logger must implement log, warn and error methods")}const KEYWORD_NAME=/^[a-z_$][a-z0-9_$:-]*$/i;function checkKeyword(keyword,def){const{RULES}=this;(0,util_1.eachItem)(keyword,kwd=>{if(RULES.keywords[kwd])throw new Error(`Keyword ${kwd} is already defined`);if(!KEYWORD_NAME.test(kwd))throw new Error(`Keyword ${kwd} has invalid name`)});if(!def)return;if(def.$data&&!("code"in def||"validate"in def)){throw new Error('$data keyword must have "code" or "validate" function')}}function addRule(keyword,definition,dataType){var _a;const post=definition===null||definition===void 0?void 0:definition.post;if(dataType&&post)throw new Error('keyword with "post" flag cannot have "type"');const{RULES}=this;let ruleGroup=post?RULES.post:RULES.rules.find(({type:t})=>t===dataType);if(!ruleGroup){ruleGroup={type:dataType,rules:[]};RULES.rules.push(ruleGroup)}RULES.keywords[keyword]=true;if(!definition)return;const rule={keyword,definition:{...definition,type:(0,dataType_1.getJSONTypes)(definition.type),schemaType:(0,dataType_1.getJSONTypes)(definition.schemaType)}};if(definition.before)addBeforeRule.call(this,ruleGroup,rule,definition.before);else ruleGroup.rules.push(rule);RULES.all[keyword]=rule;(_a=definition.implements)===null||_a===void 0?void 0:_a.forEach(kwd=>this.addKeyword(kwd))}function addBeforeRule(ruleGroup,rule,before){const i=ruleGroup.rules.findIndex(_rule=>_rule.keyword===before);if(i>=0){ruleGroup.rules.splice(i,0,rule)}else{ruleGroup.rules.push(rule);this.logger.warn(`rule ${before} is not defined`)}}function keywordMetaschema(def){let{metaSchema}=def;if(metaSchema===undefined)return;if(def.$data&&this.opts.$data)metaSchema=schemaOrData(metaSchema);def.validateSchema=this.compile(metaSchema,true)}const $dataRef={$ref:"https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#"};function schemaOrData(schema){return{anyOf:[schema,$dataRef]}}}),94053:((__unused_webpack_module,exports,__webpack_require__)=>{Object.defineProperty(exports,"__esModule",{value:true});const metaSchema=__webpack_require__(21900);const applicator=__webpack_require__(42698);const unevaluated=__webpack_require__(43349);const content=__webpack_require__(98108);const core=__webpack_require__(1344);const format=__webpack_require__(29638);const metadata=__webpack_require__(55213);const validation=__webpack_require__(57284);const META_SUPPORT_DATA=["/properties"];function addMetaSchema2020($data){;[metaSchema,applicator,unevaluated,content,core,with$data(this,format),metadata,with$data(this,validation)].forEach(sch=>this.addMetaSchema(sch,undefined,false));return this;function with$data(ajv,sch){return $data?ajv.$dataMetaSchema(sch,META_SUPPORT_DATA):sch}}exports["default"]=addMetaSchema2020}),74357:((__unused_webpack_module,exports,__webpack_require__)=>{Object.defineProperty(exports,"__esModule",{value:true});const equal=__webpack_require__(23430);equal.code='require("ajv/dist/runtime/equal").default';exports["default"]=equal}),32132:((__unused_webpack_module,exports)=>{Object.defineProperty(exports,"__esModule",{value:true});function ucs2length(str){const len=str.length;let length=0;let pos=0;let value;while(pos<len){length++;value=str.charCodeAt(pos++);if(value>=55296&&value<=56319&&pos<len){value=str.charCodeAt(pos);if((value&64512)===56320)pos++}}return length}exports["default"]=ucs2length;ucs2length.code='require("ajv/dist/runtime/ucs2length").default'}),32671:((__unused_webpack_module,exports,__webpack_require__)=>{Object.defineProperty(exports,"__esModule",{value:true});const uri=__webpack_require__(24352);uri.code='require("ajv/dist/runtime/uri").default';exports["default"]=uri}),78391:((__unused_webpack_module,exports)=>{Object.defineProperty(exports,"__esModule",{value:true});class ValidationError extends Error{constructor(errors){super("validation failed");this.errors=errors;this.ajv=this.validation=true}}exports["default"]=ValidationError}),4850:((__unused_webpack_module,exports,__webpack_require__)=>{Object.defineProperty(exports,"__esModule",{value:true});exports.validateAdditionalItems=void 0;const codegen_1=__webpack_require__(75306);const util_1=__webpack_require__(67482);const error={message:({params:{len}})=>(0,codegen_1.str)`must NOT have more than ${len} items`,params:({params:{len}})=>(0,codegen_1._)`{limit: ${len}}`};const def={keyword:"additionalItems",type:"array",schemaType:["boolean","object"],before:"uniqueItems",error,code(cxt){const{parentSchema,it}=cxt;const{items}=parentSchema;if(!Array.isArray(items)){(0,util_1.checkStrictMode)(it,'"additionalItems" is ignored when "items" is not an array of schemas');return}validateAdditionalItems(cxt,items)}};function validateAdditionalItems(cxt,items){const{gen,schema,data,keyword,it}=cxt;it.items=true;const len=gen.const("len",(0,codegen_1._)`${data}.length`);if(schema===false){cxt.setParams({len:items.length});cxt.pass((0,codegen_1._)`${len} <= ${items.length}`)}else if(typeof schema=="object"&&!(0,util_1.alwaysValidSchema)(it,schema)){const valid=gen.var("valid",(0,codegen_1._)`${len} <= ${items.length}`);gen.if((0,codegen_1.not)(valid),()=>validateItems(valid));cxt.ok(valid)}function validateItems(valid){gen.forRange("i",items.length,len,i=>{cxt.subschema({keyword,dataProp:i,dataPropType:util_1.Type.Num},valid);if(!it.allErrors)gen.if((0,codegen_1.not)(valid),()=>gen.break())})}}exports.validateAdditionalItems=validateAdditionalItems;exports["default"]=def}),84793:((__unused_webpack_module,exports,__webpack_require__)=>{Object.defineProperty(exports,"__esModule",{value:true});const code_1=__webpack_require__(90706);const codegen_1=__webpack_require__(75306);const names_1=__webpack_require__(75388);const util_1=__webpack_require__(67482);const error={message:"must NOT have additional properties",params:({params})=>(0,codegen_1._)`{additionalProperty: ${params.additionalProperty}}`};const def={keyword:"additionalProperties",type:["object"],schemaType:["boolean","object"],allowUndefined:true,trackErrors:true,error,code(cxt){const{gen,schema,parentSchema,data,errsCount,it}=cxt;if(!errsCount)throw new Error("ajv implementation error");const{allErrors,opts}=it;it.props=true;if(opts.removeAdditional!=="all"&&(0,util_1.alwaysValidSchema)(it,schema))return;const props=(0,code_1.allSchemaProperties)(parentSchema.properties);const patProps=(0,code_1.allSchemaProperties)(parentSchema.patternProperties);checkAdditionalProperties();cxt.ok((0,codegen_1._)`${errsCount} === ${names_1.default.errors}`);function checkAdditionalProperties(){gen.forIn("key",data,key=>{if(!props.length&&!patProps.length)additionalPropertyCode(key);else gen.if(isAdditional(key),()=>additionalPropertyCode(key))})}function isAdditional(key){let definedProp;if(props.length>8){const propsSchema=(0,util_1.schemaRefOrVal)(it,parentSchema.properties,"properties");definedProp=(0,code_1.isOwnProperty)(gen,propsSchema,key)}else if(props.length){definedProp=(0,codegen_1.or)(...props.map(p=>(0,codegen_1._)`${key} === ${p}`))}else{definedProp=codegen_1.nil}if(patProps.length){definedProp=(0,codegen_1.or)(definedProp,...patProps.map(p=>(0,codegen_1._)`${(0,code_1.usePattern)(cxt,p)}.test(${key})`))}return(0,codegen_1.not)(definedProp)}function deleteAdditional(key){gen.code((0,codegen_1._)`delete ${data}[${key}]`)}function additionalPropertyCode(key){if(opts.removeAdditional==="all"||opts.removeAdditional&&schema===false){deleteAdditional(key);return}if(schema===false){cxt.setParams({additionalProperty:key});cxt.error();if(!allErrors)gen.break();return}if(typeof schema=="object"&&!(0,util_1.alwaysValidSchema)(it,schema)){const valid=gen.name("valid");if(opts.removeAdditional==="failing"){applyAdditionalSchema(key,valid,false);gen.if((0,codegen_1.not)(valid),()=>{cxt.reset();deleteAdditional(key)})}else{applyAdditionalSchema(key,valid);if(!allErrors)gen.if((0,codegen_1.not)(valid),()=>gen.break())}}}function applyAdditionalSchema(key,valid,errors){const subschema={keyword:"additionalProperties",dataProp:key,dataPropType:util_1.Type.Str};if(errors===false){Object.assign(subschema,{compositeRule:true,createErrors:false,allErrors:false})}cxt.subschema(subschema,valid)}}};exports["default"]=def}),60091:((__unused_webpack_module,exports,__webpack_require__)=>{Object.defineProperty(exports,"__esModule",{value:true});const util_1=__webpack_require__(67482);const def={keyword:"allOf",schemaType:"array",code(cxt){const{gen,schema,it}=cxt;if(!Array.isArray(schema))throw new Error("ajv implementation error");const valid=gen.name("valid");schema.forEach((sch,i)=>{if((0,util_1.alwaysValidSchema)(it,sch))return;const schCxt=cxt.subschema({keyword:"allOf",schemaProp:i},valid);cxt.ok(valid);cxt.mergeEvaluated(schCxt)})}};exports["default"]=def}),21222:((__unused_webpack_module,exports,__webpack_require__)=>{Object.defineProperty(exports,"__esModule",{value:true});const code_1=__webpack_require__(90706);const def={keyword:"anyOf",schemaType:"array",trackErrors:true,code:code_1.validateUnion,error:{message:"must match a schema in anyOf"}};exports["default"]=def}),68844:((__unused_webpack_module,exports,__webpack_require__)=>{Object.defineProperty(exports,"__esModule",{value:true});const codegen_1=__webpack_require__(75306);const util_1=__webpack_require__(67482);const error={message:({params:{min,max}})=>max===undefined?(0,codegen_1.str)`must contain at least ${min} valid item(s)`:(0,codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,params:({params:{min,max}})=>max===undefined?(0,codegen_1._)`{minContains: ${min}}`:(0,codegen_1._)`{minContains: ${min}, maxContains: ${max}}`};const def={keyword:"contains",type:"array",schemaType:["object","boolean"],before:"uniqueItems",trackErrors:true,error,code(cxt){const{gen,schema,parentSchema,data,it}=cxt;let min;let max;const{minContains,maxContains}=parentSchema;if(it.opts.next){min=minContains===undefined?1:minContains;max=maxContains}else{min=1}const len=gen.const("len",(0,codegen_1._)`${data}.length`);cxt.setParams({min,max});if(max===undefined&&min===0){(0,util_1.checkStrictMode)(it,`"minContains" == 0 without "maxContains": "contains" keyword ignored`);return}if(max!==undefined&&min>max){(0,util_1.checkStrictMode)(it,`"minContains" > "maxContains" is always invalid`);cxt.fail();return}if((0,util_1.alwaysValidSchema)(it,schema)){let cond=(0,codegen_1._)`${len} >= ${min}`;if(max!==undefined)cond=(0,codegen_1._)`${cond} && ${len} <= ${max}`;cxt.pass(cond);return}it.items=true;const valid=gen.name("valid");if(max===undefined&&min===1){validateItems(valid,()=>gen.if(valid,()=>gen.break()))}else if(min===0){gen.let(valid,true);if(max!==undefined)gen.if((0,codegen_1._)`${data}.length > 0`,validateItemsWithCount)}else{gen.let(valid,false);validateItemsWithCount()}cxt.result(valid,()=>cxt.reset());function validateItemsWithCount(){const schValid=gen.name("_valid");const count=gen.let("count",0);validateItems(schValid,()=>gen.if(schValid,()=>checkLimits(count)))}function validateItems(_valid,block){gen.forRange("i",0,len,i=>{cxt.subschema({keyword:"contains",dataProp:i,dataPropType:util_1.Type.Num,compositeRule:true},_valid);block()})}function checkLimits(count){gen.code((0,codegen_1._)`${count}++`);if(max===undefined){gen.if((0,codegen_1._)`${count} >= ${min}`,()=>gen.assign(valid,true).break())}else{gen.if((0,codegen_1._)`${count} > ${max}`,()=>gen.assign(valid,false).break());if(min===1)gen.assign(valid,true);else gen.if((0,codegen_1._)`${count} >= ${min}`,()=>gen.assign(valid,true))}}}};exports["default"]=def}),31228:((__unused_webpack_module,exports,__webpack_require__)=>{Object.defineProperty(exports,"__esModule",{value:true});exports.validateSchemaDeps=exports.validatePropertyDeps=exports.error=void 0;const codegen_1=__webpack_require__(75306);const util_1=__webpack_require__(67482);const code_1=__webpack_require__(90706);exports.error={message:({params:{property,depsCount,deps}})=>{const property_ies=depsCount===1?"property":"properties";return(0,codegen_1.str)`must have ${property_ies} ${deps} when property ${property} is present`},params:({params:{property,depsCount,deps,missingProperty}})=>(0,codegen_1._)`{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`};const def={keyword:"dependencies",type:"object",schemaType:"object",error:exports.error,code(cxt){const[propDeps,schDeps]=splitDependencies(cxt);validatePropertyDeps(cxt,propDeps);validateSchemaDeps(cxt,schDeps)}};function splitDependencies({schema}){const propertyDeps={};const schemaDeps={};for(const key in schema){if(key==="__proto__")continue;const deps=Array.isArray(schema[key])?propertyDeps:schemaDeps;deps[key]=schema[key]}return[propertyDeps,schemaDeps]}function validatePropertyDeps(cxt,propertyDeps=cxt.schema){const{gen,data,it}=cxt;if(Object.keys(propertyDeps).length===0)return;const missing=gen.let("missing");for(const prop in propertyDeps){const deps=propertyDeps[prop];if(deps.length===0)continue;const hasProperty=(0,code_1.propertyInData)(gen,data,prop,it.opts.ownProperties);cxt.setParams({property:prop,depsCount:deps.length,deps:deps.join(", ")});if(it.allErrors){gen.if(hasProperty,()=>{for(const depProp of deps){(0,code_1.checkReportMissingProp)(cxt,depProp)}})}else{gen.if((0,codegen_1._)`${hasProperty} && (${(0,code_1.checkMissingProp)(cxt,deps,missing)})`);(0,code_1.reportMissingProp)(cxt,missing);gen.else()}}}exports.validatePropertyDeps=validatePropertyDeps;function validateSchemaDeps(cxt,schemaDeps=cxt.schema){const{gen,data,keyword,it}=cxt;const valid=gen.name("valid");for(const prop in schemaDeps){if((0,util_1.alwaysValidSchema)(it,schemaDeps[prop]))continue;gen.if((0,code_1.propertyInData)(gen,data,prop,it.opts.ownProperties),()=>{const schCxt=cxt.subschema({keyword,schemaProp:prop},valid);cxt.mergeValidEvaluated(schCxt,valid)},()=>gen.var(valid,true));cxt.ok(valid)}}exports.validateSchemaDeps=validateSchemaDeps;exports["default"]=def}),85496:((__unused_webpack_module,exports,__webpack_require__)=>{Object.defineProperty(exports,"__esModule",{value:true});const dependencies_1=__webpack_require__(31228);const def={keyword:"dependentSchemas",type:"object",schemaType:"object",code:cxt=>(0,dependencies_1.validateSchemaDeps)(cxt)};exports["default"]=def}),56942:((__unused_webpack_module,exports,__webpack_require__)=>{Object.defineProperty(exports,"__esModule",{value:true});const codegen_1=__webpack_require__(75306);const util_1=__webpack_require__(67482);const error={message:({params})=>(0,codegen_1.str)`must match "${params.ifClause}" schema`,params:({params})=>(0,codegen_1._)`{failingKeyword: ${params.ifClause}}`};const def={keyword:"if",schemaType:["object","boolean"],trackErrors:true,error,code(cxt){const{gen,parentSchema,it}=cxt;if(parentSchema.then===undefined&&parentSchema.else===undefined){(0,util_1.checkStrictMode)(it,'"if" without "then" and "else" is ignored')}const hasThen=hasSchema(it,"then");const hasElse=hasSchema(it,"else");if(!hasThen&&!hasElse)return;const valid=gen.let("valid",true);const schValid=gen.name("_valid");validateIf();cxt.reset();if(hasThen&&hasElse){const ifClause=gen.let("ifClause");cxt.setParams({ifClause});gen.if(schValid,validateClause("then",ifClause),validateClause("else",ifClause))}else if(hasThen){gen.if(schValid,validateClause("then"))}else{gen.if((0,codegen_1.not)(schValid),validateClause("else"))}cxt.pass(valid,()=>cxt.error(true));function validateIf(){const schCxt=cxt.subschema({keyword:"if",compositeRule:true,createErrors:false,allErrors:false},schValid);cxt.mergeEvaluated(schCxt)}function validateClause(keyword,ifClause){return()=>{const schCxt=cxt.subschema({keyword},schValid);gen.assign(valid,schValid);cxt.mergeValidEvaluated(schCxt,valid);if(ifClause)gen.assign(ifClause,(0,codegen_1._)`${keyword}`);else cxt.setParams({ifClause:keyword})}}}};function hasSchema(it,keyword){const schema=it.schema[keyword];return schema!==undefined&&!(0,util_1.alwaysValidSchema)(it,schema)}exports["default"]=def}),55313:((__unused_webpack_module,exports,__webpack_require__)=>{Object.defineProperty(exports,"__esModule",{value:true});const additionalItems_1=__webpack_require__(4850);const prefixItems_1=__webpack_require__(56485);const items_1=__webpack_require__(67225);const items2020_1=__webpack_require__(91561);const contains_1=__webpack_require__(68844);const dependencies_1=__webpack_require__(31228);const propertyNames_1=__webpack_require__(76542);const additionalProperties_1=__webpack_require__(84793);const properties_1=__webpack_require__(93772);const patternProperties_1=__webpack_require__(83126);const not_1=__webpack_require__(96476);const anyOf_1=__webpack_require__(21222);const oneOf_1=__webpack_require__(65872);const allOf_1=__webpack_require__(60091);const if_1=__webpack_require__(56942);const thenElse_1=__webpack_require__(74503);function getApplicator(draft2020=false){const applicator=[not_1.default,anyOf_1.default,oneOf_1.default,allOf_1.default,if_1.default,thenElse_1.default,propertyNames_1.default,additionalProperties_1.default,dependencies_1.default,properties_1.default,patternProperties_1.default];if(draft2020)applicator.push(prefixItems_1.default,items2020_1.default);else applicator.push(additionalItems_1.default,items_1.default);applicator.push(contains_1.default);return applicator}exports["default"]=getApplicator}),67225:((__unused_webpack_module,exports,__webpack_require__)=>{Object.defineProperty(exports,"__esModule",{value:true});exports.validateTuple=void 0;const codegen_1=__webpack_require__(75306);const util_1=__webpack_require__(67482);const code_1=__webpack_require__(90706);const def={keyword:"items",type:"array",schemaType:["object","array","boolean"],before:"uniqueItems",code(cxt){const{schema,it}=cxt;if(Array.isArray(schema))return validateTuple(cxt,"additionalItems",schema);it.items=true;if((0,util_1.alwaysValidSchema)(it,schema))return;cxt.ok((0,code_1.validateArray)(cxt))}};function validateTuple(cxt,extraItems,schArr=cxt.schema){const{gen,parentSchema,data,keyword,it}=cxt;checkStrictTuple(parentSchema);if(it.opts.unevaluated&&schArr.length&&it.items!==true){it.items=util_1.mergeEvaluated.items(gen,schArr.length,it.items)}const valid=gen.name("valid");const len=gen.const("len",(0,codegen_1._)`${data}.length`);schArr.forEach((sch,i)=>{if((0,util_1.alwaysValidSchema)(it,sch))return;gen.if((0,codegen_1._)`${len} > ${i}`,()=>cxt.subschema({keyword,schemaProp:i,dataProp:i},valid));cxt.ok(valid)});function checkStrictTuple(sch){const{opts,errSchemaPath}=it;const l=schArr.length;const fullTuple=l===sch.minItems&&(l===sch.maxItems||sch[extraItems]===false);if(opts.strictTuples&&!fullTuple){const msg=`"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;(0,util_1.checkStrictMode)(it,msg,opts.strictTuples)}}}exports.validateTuple=validateTuple;exports["default"]=def}),91561:((__unused_webpack_module,exports,__webpack_require__)=>{Object.defineProperty(exports,"__esModule",{value:true});const codegen_1=__webpack_require__(75306);const util_1=__webpack_require__(67482);const code_1=__webpack_require__(90706);const additionalItems_1=__webpack_require__(4850);const error={message:({params:{len}})=>(0,codegen_1.str)`must NOT have more than ${len} items`,params:({params:{len}})=>(0,codegen_1._)`{limit: ${len}}`};const def={keyword:"items",type:"array",schemaType:["object","boolean"],before:"uniqueItems",error,code(cxt){const{schema,parentSchema,it}=cxt;const{prefixItems}=parentSchema;it.items=true;if((0,util_1.alwaysValidSchema)(it,schema))return;if(prefixItems)(0,additionalItems_1.validateAdditionalItems)(cxt,prefixItems);else cxt.ok((0,code_1.validateArray)(cxt))}};exports["default"]=def}),96476:((__unused_webpack_module,exports,__webpack_require__)=>{Object.defineProperty(exports,"__esModule",{value:true});const util_1=__webpack_require__(67482);const def={keyword:"not",schemaType:["object","boolean"],trackErrors:true,code(cxt){const{gen,schema,it}=cxt;if((0,util_1.alwaysValidSchema)(it,schema)){cxt.fail();return}const valid=gen.name("valid");cxt.subschema({keyword:"not",compositeRule:true,createErrors:false,allErrors:false},valid);cxt.failResult(valid,()=>cxt.reset(),()=>cxt.error())},error:{message:"must NOT be valid"}};exports["default"]=def}),65872:((__unused_webpack_module,exports,__webpack_require__)=>{Object.defineProperty(exports,"__esModule",{value:true});const codegen_1=__webpack_require__(75306);const util_1=__webpack_require__(67482);const error={message:"must match exactly one schema in oneOf",params:({params})=>(0,codegen_1._)`{passingSchemas: ${params.passing}}`};const def={keyword:"oneOf",schemaType:"array",trackErrors:true,error,code(cxt){const{gen,schema,parentSchema,it}=cxt;if(!Array.isArray(schema))throw new Error("ajv implementation error");if(it.opts.discriminator&&parentSchema.discriminator)return;const schArr=schema;const valid=gen.let("valid",false);const passing=gen.let("passing",null);const schValid=gen.name("_valid");cxt.setParams({passing});gen.block(validateOneOf);cxt.result(valid,()=>cxt.reset(),()=>cxt.error(true));function validateOneOf(){schArr.forEach((sch,i)=>{let schCxt;if((0,util_1.alwaysValidSchema)(it,sch)){gen.var(schValid,true)}else{schCxt=cxt.subschema({keyword:"oneOf",schemaProp:i,compositeRule:true},schValid)}if(i>0){gen.if((0,codegen_1._)`${schValid} && ${valid}`).assign(valid,false).assign(passing,(0,codegen_1._)`[${passing}, ${i}]`).else()}gen.if(schValid,()=>{gen.assign(valid,true);gen.assign(passing,i);if(schCxt)cxt.mergeEvaluated(schCxt,codegen_1.Name)})})}}};exports["default"]=def}),83126:((__unused_webpack_module,exports,__webpack_require__)=>{Object.defineProperty(exports,"__esModule",{value:true});const code_1=__webpack_require__(90706);const codegen_1=__webpack_require__(75306);const util_1=__webpack_require__(67482);const util_2=__webpack_require__(67482);const def={keyword:"patternProperties",type:"object",schemaType:"object",code(cxt){const{gen,schema,data,parentSchema,it}=cxt;const{opts}=it;const patterns=(0,code_1.allSchemaProperties)(schema);const alwaysValidPatterns=patterns.filter(p=>(0,util_1.alwaysValidSchema)(it,schema[p]));if(patterns.length===0||alwaysValidPatterns.length===patterns.length&&(!it.opts.unevaluated||it.props===true)){return}const checkProperties=opts.strictSchema&&!opts.allowMatchingProperties&&parentSchema.properties;const valid=gen.name("valid");if(it.props!==true&&!(it.props instanceof codegen_1.Name)){it.props=(0,util_2.evaluatedPropsToName)(gen,it.props)}const{props}=it;validatePatternProperties();function validatePatternProperties(){for(const pat of patterns){if(checkProperties)checkMatchingProperties(pat);if(it.allErrors){validateProperties(pat)}else{gen.var(valid,true);validateProperties(pat);gen.if(valid)}}}function checkMatchingProperties(pat){for(const prop in checkProperties){if(new RegExp(pat).test(prop)){(0,util_1.checkStrictMode)(it,`property ${prop} matches pattern ${pat} (use allowMatchingProperties)`)}}}function validateProperties(pat){gen.forIn("key",data,key=>{gen.if((0,codegen_1._)`${(0,code_1.usePattern)(cxt,pat)}.test(${key})`,()=>{const alwaysValid=alwaysValidPatterns.includes(pat);if(!alwaysValid){cxt.subschema({keyword:"patternProperties",schemaProp:pat,dataProp:key,dataPropType:util_2.Type.Str},valid)}if(it.opts.unevaluated&&props!==true){gen.assign((0,codegen_1._)`${props}[${key}]`,true)}else if(!alwaysValid&&!it.allErrors){gen.if((0,codegen_1.not)(valid),()=>gen.break())}})})}}};exports["default"]=def}),56485:((__unused_webpack_module,exports,__webpack_require__)=>{Object.defineProperty(exports,"__esModule",{value:true});const items_1=__webpack_require__(67225);const def={keyword:"prefixItems",type:"array",schemaType:["array"],before:"uniqueItems",code:cxt=>(0,items_1.validateTuple)(cxt,"items")};exports["default"]=def}),93772:((__unused_webpack_module,exports,__webpack_require__)=>{Object.defineProperty(exports,"__esModule",{value:true});const validate_1=__webpack_require__(45631);const code_1=__webpack_require__(90706);const util_1=__webpack_require__(67482);const additionalProperties_1=__webpack_require__(84793);const def={keyword:"properties",type:"object",schemaType:"object",code(cxt){const{gen,schema,parentSchema,data,it}=cxt;if(it.opts.removeAdditional==="all"&&parentSchema.additionalProperties===undefined){additionalProperties_1.default.code(new validate_1.KeywordCxt(it,additionalProperties_1.default,"additionalProperties"))}const allProps=(0,code_1.allSchemaProperties)(schema);for(const prop of allProps){it.definedProperties.add(prop)}if(it.opts.unevaluated&&allProps.length&&it.props!==true){it.props=util_1.mergeEvaluated.props(gen,(0,util_1.toHash)(allProps),it.props)}const properties=allProps.filter(p=>!(0,util_1.alwaysValidSchema)(it,schema[p]));if(properties.length===0)return;const valid=gen.name("valid");for(const prop of properties){if(hasDefault(prop)){applyPropertySchema(prop)}else{gen.if((0,code_1.propertyInData)(gen,data,prop,it.opts.ownProperties));applyPropertySchema(prop);if(!it.allErrors)gen.else().var(valid,true);gen.endIf()}cxt.it.definedProperties.add(prop);cxt.ok(valid)}function hasDefault(prop){return it.opts.useDefaults&&!it.compositeRule&&schema[prop].default!==undefined}function applyPropertySchema(prop){cxt.subschema({keyword:"properties",schemaProp:prop,dataProp:prop},valid)}}};exports["default"]=def}),76542:((__unused_webpack_module,exports,__webpack_require__)=>{Object.defineProperty(exports,"__esModule",{value:true});const codegen_1=__webpack_require__(75306);const util_1=__webpack_require__(67482);const error={message:"property name must be valid",params:({params})=>(0,codegen_1._)`{propertyName: ${params.propertyName}}`};const def={keyword:"propertyNames",type:"object",schemaType:["object","boolean"],error,code(cxt){const{gen,schema,data,it}=cxt;if((0,util_1.alwaysValidSchema)(it,schema))return;const valid=gen.name("valid");gen.forIn("key",data,key=>{cxt.setParams({propertyName:key});cxt.subschema({keyword:"propertyNames",data:key,dataTypes:["string"],propertyName:key,compositeRule:true},valid);gen.if((0,codegen_1.not)(valid),()=>{cxt.error(true);if(!it.allErrors)gen.break()})});cxt.ok(valid)}};exports["default"]=def}),74503:((__unused_webpack_module,exports,__webpack_require__)=>{Object.defineProperty(exports,"__esModule",{value:true});const util_1=__webpack_require__(67482);const def={keyword:["then","else"],schemaType:["object","boolean"],code({keyword,parentSchema,it}){if(parentSchema.if===undefined)(0,util_1.checkStrictMode)(it,`"${keyword}" without "if" is ignored`)}};exports["default"]=def}),90706:((__unused_webpack_module,exports,__webpack_require__)=>{Object.defineProperty(exports,"__esModule",{value:true});exports.validateUnion=exports.validateArray=exports.usePattern=exports.callValidateCode=exports.schemaProperties=exports.allSchemaProperties=exports.noPropertyInData=exports.propertyInData=exports.isOwnProperty=exports.hasPropFunc=exports.reportMissingProp=exports.checkMissingProp=exports.checkReportMissingProp=void 0;const codegen_1=__webpack_require__(75306);const util_1=__webpack_require__(67482);const names_1=__webpack_require__(75388);const util_2=__webpack_require__(67482);function checkReportMissingProp(cxt,prop){const{gen,data,it}=cxt;gen.if(noPropertyInData(gen,data,prop,it.opts.ownProperties),()=>{cxt.setParams({missingProperty:(0,codegen_1._)`${prop}`},true);cxt.error()})}exports.checkReportMissingProp=checkReportMissingProp;function checkMissingProp({gen,data,it:{opts}},properties,missing){return(0,codegen_1.or)(...properties.map(prop=>(0,codegen_1.and)(noPropertyInData(gen,data,prop,opts.ownProperties),(0,codegen_1._)`${missing} = ${prop}`)))}exports.checkMissingProp=checkMissingProp;function reportMissingProp(cxt,missing){cxt.setParams({missingProperty:missing},true);cxt.error()}exports.reportMissingProp=reportMissingProp;function hasPropFunc(gen){return gen.scopeValue("func",{ref:Object.prototype.hasOwnProperty,code:(0,codegen_1._)`Object.prototype.hasOwnProperty`})}exports.hasPropFunc=hasPropFunc;function isOwnProperty(gen,data,property){return(0,codegen_1._)`${hasPropFunc(gen)}.call(${data}, ${property})`}exports.isOwnProperty=isOwnProperty;function propertyInData(gen,data,property,ownProperties){const cond=(0,codegen_1._)`${data}${(0,codegen_1.getProperty)(property)} !== undefined`;return ownProperties?(0,codegen_1._)`${cond} && ${isOwnProperty(gen,data,property)}`:cond}exports.propertyInData=propertyInData;function noPropertyInData(gen,data,property,ownProperties){const cond=(0,codegen_1._)`${data}${(0,codegen_1.getProperty)(property)} === undefined`;return ownProperties?(0,codegen_1.or)(cond,(0,codegen_1.not)(isOwnProperty(gen,data,property))):cond}exports.noPropertyInData=noPropertyInData;function allSchemaProperties(schemaMap){return schemaMap?Object.keys(schemaMap).filter(p=>p!=="__proto__"):[]}exports.allSchemaProperties=allSchemaProperties;function schemaProperties(it,schemaMap){return allSchemaProperties(schemaMap).filter(p=>!(0,util_1.alwaysValidSchema)(it,schemaMap[p]))}exports.schemaProperties=schemaProperties;function callValidateCode({schemaCode,data,it:{gen,topSchemaRef,schemaPath,errorPath},it},func,context,passSchema){const dataAndSchema=passSchema?(0,codegen_1._)`${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}`:data;const valCxt=[[names_1.default.instancePath,(0,codegen_1.strConcat)(names_1.default.instancePath,errorPath)],[names_1.default.parentData,it.parentData],[names_1.default.parentDataProperty,it.parentDataProperty],[names_1.default.rootData,names_1.default.rootData]];if(it.opts.dynamicRef)valCxt.push([names_1.default.dynamicAnchors,names_1.default.dynamicAnchors]);const args=(0,codegen_1._)`${dataAndSchema}, ${gen.object(...valCxt)}`;return context!==codegen_1.nil?(0,codegen_1._)`${func}.call(${context}, ${args})`:(0,codegen_1._)`${func}(${args})`}exports.callValidateCode=callValidateCode;const newRegExp=(0,codegen_1._)`new RegExp`;function usePattern({gen,it:{opts}},pattern){const u=opts.unicodeRegExp?"u":"";const{regExp}=opts.code;const rx=regExp(pattern,u);return gen.scopeValue("pattern",{key:rx.toString(),ref:rx,code:(0,codegen_1._)`${regExp.code==="new RegExp"?newRegExp:(0,util_2.useFunc)(gen,regExp)}(${pattern}, ${u})`})}exports.usePattern=usePattern;function validateArray(cxt){const{gen,data,keyword,it}=cxt;const valid=gen.name("valid");if(it.allErrors){const validArr=gen.let("valid",true);validateItems(()=>gen.assign(validArr,false));return validArr}gen.var(valid,true);validateItems(()=>gen.break());return valid;function validateItems(notValid){const len=gen.const("len",(0,codegen_1._)`${data}.length`);gen.forRange("i",0,len,i=>{cxt.subschema({keyword,dataProp:i,dataPropType:util_1.Type.Num},valid);gen.if((0,codegen_1.not)(valid),notValid)})}}exports.validateArray=validateArray;function validateUnion(cxt){const{gen,schema,keyword,it}=cxt;if(!Array.isArray(schema))throw new Error("ajv implementation error");const alwaysValid=schema.some(sch=>(0,util_1.alwaysValidSchema)(it,sch));if(alwaysValid&&!it.opts.unevaluated)return;const valid=gen.let("valid",false);const schValid=gen.name("_valid");gen.block(()=>schema.forEach((_sch,i)=>{const schCxt=cxt.subschema({keyword,schemaProp:i,compositeRule:true},schValid);gen.assign(valid,(0,codegen_1._)`${valid} || ${schValid}`);const merged=cxt.mergeValidEvaluated(schCxt,schValid);if(!merged)gen.if((0,codegen_1.not)(valid))}));cxt.result(valid,()=>cxt.reset(),()=>cxt.error(true))}exports.validateUnion=validateUnion}),28218:((__unused_webpack_module,exports)=>{Object.defineProperty(exports,"__esModule",{value:true});const def={keyword:"id",code(){throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID')}};exports["default"]=def}),80607:((__unused_webpack_module,exports,__webpack_require__)=>{Object.defineProperty(exports,"__esModule",{value:true});const id_1=__webpack_require__(28218);const ref_1=__webpack_require__(32794);const core=["$schema","$id","$defs","$vocabulary",{keyword:"$comment"},"definitions",id_1.default,ref_1.default];exports["default"]=core}),32794:((__unused_webpack_module,exports,__webpack_require__)=>{Object.defineProperty(exports,"__esModule",{value:true});exports.callRef=exports.getValidate=void 0;const ref_error_1=__webpack_require__(7924);const code_1=__webpack_require__(90706);const codegen_1=__webpack_require__(75306);const names_1=__webpack_require__(75388);const compile_1=__webpack_require__(21552);const util_1=__webpack_require__(67482);const def={keyword:"$ref",schemaType:"string",code(cxt){const{gen,schema:$ref,it}=cxt;const{baseId,schemaEnv:env,validateName,opts,self:self1}=it;const{root}=env;if(($ref==="#"||$ref==="#/")&&baseId===root.baseId)return callRootRef();const schOrEnv=compile_1.resolveRef.call(self1,root,baseId,$ref);if(schOrEnv===undefined)throw new ref_error_1.default(it.opts.uriResolver,baseId,$ref);if(schOrEnv instanceof compile_1.SchemaEnv)return callValidate(schOrEnv);return inlineRefSchema(schOrEnv);function callRootRef(){if(env===root)return callRef(cxt,validateName,env,env.$async);const rootName=gen.scopeValue("root",{ref:root});return callRef(cxt,(0,codegen_1._)`${rootName}.validate`,root,root.$async)}function callValidate(sch){const v=getValidate(cxt,sch);callRef(cxt,v,sch,sch.$async)}function inlineRefSchema(sch){const schName=gen.scopeValue("schema",opts.code.source===true?{ref:sch,code:(0,codegen_1.stringify)(sch)}:{ref:sch});const valid=gen.name("valid");const schCxt=cxt.subschema({schema:sch,dataTypes:[],schemaPath:codegen_1.nil,topSchemaRef:schName,errSchemaPath:$ref},valid);cxt.mergeEvaluated(schCxt);cxt.ok(valid)}}};function getValidate(cxt,sch){const{gen}=cxt;return sch.validate?gen.scopeValue("validate",{ref:sch.validate}):(0,codegen_1._)`${gen.scopeValue("wrapper",{ref:sch})}.validate`}exports.getValidate=getValidate;function callRef(cxt,v,sch,$async){const{gen,it}=cxt;const{allErrors,schemaEnv:env,opts}=it;const passCxt=opts.passContext?names_1.default.this:codegen_1.nil;if($async)callAsyncRef();else callSyncRef();function callAsyncRef(){if(!env.$async)throw new Error("async schema referenced by sync schema");const valid=gen.let("valid");gen.try(()=>{gen.code((0,codegen_1._)`await ${(0,code_1.callValidateCode)(cxt,v,passCxt)}`);addEvaluatedFrom(v);if(!allErrors)gen.assign(valid,true)},e=>{gen.if((0,codegen_1._)`!(${e} instanceof ${it.ValidationError})`,()=>gen.throw(e));addErrorsFrom(e);if(!allErrors)gen.assign(valid,false)});cxt.ok(valid)}function callSyncRef(){cxt.result((0,code_1.callValidateCode)(cxt,v,passCxt),()=>addEvaluatedFrom(v),()=>addErrorsFrom(v))}function addErrorsFrom(source){const errs=(0,codegen_1._)`${source}.errors`;gen.assign(names_1.default.vErrors,(0,codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`);gen.assign(names_1.default.errors,(0,codegen_1._)`${names_1.default.vErrors}.length`)}function addEvaluatedFrom(source){var _a;if(!it.opts.unevaluated)return;const schEvaluated=(_a=sch===null||sch===void 0?void 0:sch.validate)===null||_a===void 0?void 0:_a.evaluated;if(it.props!==true){if(schEvaluated&&!schEvaluated.dynamicProps){if(schEvaluated.props!==undefined){it.props=util_1.mergeEvaluated.props(gen,schEvaluated.props,it.props)}}else{const props=gen.var("props",(0,codegen_1._)`${source}.evaluated.props`);it.props=util_1.mergeEvaluated.props(gen,props,it.props,codegen_1.Name)}}if(it.items!==true){if(schEvaluated&&!schEvaluated.dynamicItems){if(schEvaluated.items!==undefined){it.items=util_1.mergeEvaluated.items(gen,schEvaluated.items,it.items)}}else{const items=gen.var("items",(0,codegen_1._)`${source}.evaluated.items`);it.items=util_1.mergeEvaluated.items(gen,items,it.items,codegen_1.Name)}}}}exports.callRef=callRef;exports["default"]=def}),40504:((__unused_webpack_module,exports,__webpack_require__)=>{Object.defineProperty(exports,"__esModule",{value:true});const codegen_1=__webpack_require__(75306);const types_1=__webpack_require__(1405);const compile_1=__webpack_require__(21552);const ref_error_1=__webpack_require__(7924);const util_1=__webpack_require__(67482);const error={message:({params:{discrError,tagName}})=>discrError===types_1.DiscrError.Tag?`tag "${tagName}" must be string`:`value of tag "${tagName}" must be in oneOf`,params:({params:{discrError,tag,tagName}})=>(0,codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`};const def={keyword:"discriminator",type:"object",schemaType:"object",error,code(cxt){const{gen,data,schema,parentSchema,it}=cxt;const{oneOf}=parentSchema;if(!it.opts.discriminator){throw new Error("discriminator: requires discriminator option")}const tagName=schema.propertyName;if(typeof tagName!="string")throw new Error("discriminator: requires propertyName");if(schema.mapping)throw new Error("discriminator: mapping is not supported");if(!oneOf)throw new Error("discriminator: requires oneOf keyword");const valid=gen.let("valid",false);const tag=gen.const("tag",(0,codegen_1._)`${data}${(0,codegen_1.getProperty)(tagName)}`);gen.if((0,codegen_1._)`typeof ${tag} == "string"`,()=>validateMapping(),()=>cxt.error(false,{discrError:types_1.DiscrError.Tag,tag,tagName}));cxt.ok(valid);function validateMapping(){const mapping=getMapping();gen.if(false);for(const tagValue in mapping){gen.elseIf((0,codegen_1._)`${tag} === ${tagValue}`);gen.assign(valid,applyTagSchema(mapping[tagValue]))}gen.else();cxt.error(false,{discrError:types_1.DiscrError.Mapping,tag,tagName});gen.endIf()}function applyTagSchema(schemaProp){const _valid=gen.name("valid");const schCxt=cxt.subschema({keyword:"oneOf",schemaProp},_valid);cxt.mergeEvaluated(schCxt,codegen_1.Name);return _valid}function getMapping(){var _a;const oneOfMapping={};const topRequired=hasRequired(parentSchema);let tagRequired=true;for(let i=0;i<oneOf.length;i++){let sch=oneOf[i];if((sch===null||sch===void 0?void 0:sch.$ref)&&!(0,util_1.schemaHasRulesButRef)(sch,it.self.RULES)){const ref=sch.$ref;sch=compile_1.resolveRef.call(it.self,it.schemaEnv.root,it.baseId,ref);if(sch instanceof compile_1.SchemaEnv)sch=sch.schema;if(sch===undefined)throw new ref_error_1.default(it.opts.uriResolver,it.baseId,ref)}const propSch=(_a=sch===null||sch===void 0?void 0:sch.properties)===null||_a===void 0?void 0:_a[tagName];if(typeof propSch!="object"){throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`)}tagRequired=tagRequired&&(topRequired||hasRequired(sch));addMappings(propSch,i)}if(!tagRequired)throw new Error(`discriminator: "${tagName}" must be required`);return oneOfMapping;function hasRequired({required}){return Array.isArray(required)&&required.includes(tagName)}function addMappings(sch,i){if(sch.const){addMapping(sch.const,i)}else if(sch.enum){for(const tagValue of sch.enum){addMapping(tagValue,i)}}else{throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`)}}function addMapping(tagValue,i){if(typeof tagValue!="string"||tagValue in oneOfMapping){throw new Error(`discriminator: "${tagName}" values must be unique strings`)}oneOfMapping[tagValue]=i}}}};exports["default"]=def}),1405:((__unused_webpack_module,exports)=>{Object.defineProperty(exports,"__esModule",{value:true});exports.DiscrError=void 0;var DiscrError;(function(DiscrError){DiscrError["Tag"]="tag";DiscrError["Mapping"]="mapping"})(DiscrError||(exports.DiscrError=DiscrError={}))}),8884:((__unused_webpack_module,exports,__webpack_require__)=>{Object.defineProperty(exports,"__esModule",{value:true});const core_1=__webpack_require__(80607);const validation_1=__webpack_require__(42203);const applicator_1=__webpack_require__(55313);const dynamic_1=__webpack_require__(74085);const next_1=__webpack_require__(48678);const unevaluated_1=__webpack_require__(99876);const format_1=__webpack_require__(53387);const metadata_1=__webpack_require__(43330);const draft2020Vocabularies=[dynamic_1.default,core_1.default,validation_1.default,(0,applicator_1.default)(true),format_1.default,metadata_1.metadataVocabulary,metadata_1.contentVocabulary,next_1.default,unevaluated_1.default];exports["default"]=draft2020Vocabularies}),26645:((__unused_webpack_module,exports,__webpack_require__)=>{Object.defineProperty(exports,"__esModule",{value:true});exports.dynamicAnchor=void 0;const codegen_1=__webpack_require__(75306);const names_1=__webpack_require__(75388);const compile_1=__webpack_require__(21552);const ref_1=__webpack_require__(32794);const def={keyword:"$dynamicAnchor",schemaType:"string",code:cxt=>dynamicAnchor(cxt,cxt.schema)};function dynamicAnchor(cxt,anchor){const{gen,it}=cxt;it.schemaEnv.root.dynamicAnchors[anchor]=true;const v=(0,codegen_1._)`${names_1.default.dynamicAnchors}${(0,codegen_1.getProperty)(anchor)}`;const validate=it.errSchemaPath==="#"?it.validateName:_getValidate(cxt);gen.if((0,codegen_1._)`!${v}`,()=>gen.assign(v,validate))}exports.dynamicAnchor=dynamicAnchor;function _getValidate(cxt){const{schemaEnv,schema,self:self1}=cxt.it;const{root,baseId,localRefs,meta}=schemaEnv.root;const{schemaId}=self1.opts;const sch=new compile_1.SchemaEnv({schema,schemaId,root,baseId,localRefs,meta});compile_1.compileSchema.call(self1,sch);return(0,ref_1.getValidate)(cxt,sch)}exports["default"]=def}),24643:((__unused_webpack_module,exports,__webpack_require__)=>{Object.defineProperty(exports,"__esModule",{value:true});exports.dynamicRef=void 0;const codegen_1=__webpack_require__(75306);const names_1=__webpack_require__(75388);const ref_1=__webpack_require__(32794);const def={keyword:"$dynamicRef",schemaType:"string",code:cxt=>dynamicRef(cxt,cxt.schema)};function dynamicRef(cxt,ref){const{gen,keyword,it}=cxt;if(ref[0]!=="#")throw new Error(`"${keyword}" only supports hash fragment reference`);const anchor=ref.slice(1);if(it.allErrors){_dynamicRef()}else{const valid=gen.let("valid",false);_dynamicRef(valid);cxt.ok(valid)}function _dynamicRef(valid){if(it.schemaEnv.root.dynamicAnchors[anchor]){const v=gen.let("_v",(0,codegen_1._)`${names_1.default.dynamicAnchors}${(0,codegen_1.getProperty)(anchor)}`);gen.if(v,_callRef(v,valid),_callRef(it.validateName,valid))}else{_callRef(it.validateName,valid)()}}function _callRef(validate,valid){return valid?()=>gen.block(()=>{(0,ref_1.callRef)(cxt,validate);gen.let(valid,true)}):()=>(0,ref_1.callRef)(cxt,validate)}}exports.dynamicRef=dynamicRef;exports["default"]=def}),74085:((__unused_webpack_module,exports,__webpack_require__)=>{Object.defineProperty(exports,"__esModule",{value:true});const dynamicAnchor_1=__webpack_require__(26645);const dynamicRef_1=__webpack_require__(24643);const recursiveAnchor_1=__webpack_require__(13096);const recursiveRef_1=__webpack_require__(57544);const dynamic=[dynamicAnchor_1.default,dynamicRef_1.default,recursiveAnchor_1.default,recursiveRef_1.default];exports["default"]=dynamic}),13096:((__unused_webpack_module,exports,__webpack_require__)=>{Object.defineProperty(exports,"__esModule",{value:true});const dynamicAnchor_1=__webpack_require__(26645);const util_1=__webpack_require__(67482);const def={keyword:"$recursiveAnchor",schemaType:"boolean",code(cxt){if(cxt.schema)(0,dynamicAnchor_1.dynamicAnchor)(cxt,"");else(0,util_1.checkStrictMode)(cxt.it,"$recursiveAnchor: false is ignored")}};exports["default"]=def}),57544:((__unused_webpack_module,exports,__webpack_require__)=>{Object.defineProperty(exports,"__esModule",{value:true});const dynamicRef_1=__webpack_require__(24643);const def={keyword:"$recursiveRef",schemaType:"string",code:cxt=>(0,dynamicRef_1.dynamicRef)(cxt,cxt.schema)};exports["default"]=def}),86544:((__unused_webpack_module,exports,__webpack_require__)=>{Object.defineProperty(exports,"__esModule",{value:true});const codegen_1=__webpack_require__(75306);const error={message:({schemaCode})=>(0,codegen_1.str)`must match format "${schemaCode}"`,params:({schemaCode})=>(0,codegen_1._)`{format: ${schemaCode}}`};const def={keyword:"format",type:["number","string"],schemaType:"string",$data:true,error,code(cxt,ruleType){const{gen,data,$data,schema,schemaCode,it}=cxt;const{opts,errSchemaPath,schemaEnv,self:self1}=it;if(!opts.validateFormats)return;if($data)validate$DataFormat();else validateFormat();function validate$DataFormat(){const fmts=gen.scopeValue("formats",{ref:self1.formats,code:opts.code.formats});const fDef=gen.const("fDef",(0,codegen_1._)`${fmts}[${schemaCode}]`);const fType=gen.let("fType");const format=gen.let("format");gen.if((0,codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`,()=>gen.assign(fType,(0,codegen_1._)`${fDef}.type || "string"`).assign(format,(0,codegen_1._)`${fDef}.validate`),()=>gen.assign(fType,(0,codegen_1._)`"string"`).assign(format,fDef));cxt.fail$data((0,codegen_1.or)(unknownFmt(),invalidFmt()));function unknownFmt(){if(opts.strictSchema===false)return codegen_1.nil;return(0,codegen_1._)`${schemaCode} && !${format}`}function invalidFmt(){const callFormat=schemaEnv.$async?(0,codegen_1._)`(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))`:(0,codegen_1._)`${format}(${data})`;const validData=(0,codegen_1._)`(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;return(0,codegen_1._)`${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`}}function validateFormat(){const formatDef=self1.formats[schema];if(!formatDef){unknownFormat();return}if(formatDef===true)return;const[fmtType,format,fmtRef]=getFormat(formatDef);if(fmtType===ruleType)cxt.pass(validCondition());function unknownFormat(){if(opts.strictSchema===false){self1.logger.warn(unknownMsg());return}throw new Error(unknownMsg());function unknownMsg(){return`unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`}}function getFormat(fmtDef){const code=fmtDef instanceof RegExp?(0,codegen_1.regexpCode)(fmtDef):opts.code.formats?(0,codegen_1._)`${opts.code.formats}${(0,codegen_1.getProperty)(schema)}`:undefined;const fmt=gen.scopeValue("formats",{key:schema,ref:fmtDef,code});if(typeof fmtDef=="object"&&!(fmtDef instanceof RegExp)){return[fmtDef.type||"string",fmtDef.validate,(0,codegen_1._)`${fmt}.validate`]}return["string",fmtDef,fmt]}function validCondition(){if(typeof formatDef=="object"&&!(formatDef instanceof RegExp)&&formatDef.async){if(!schemaEnv.$async)throw new Error("async format in sync schema");return(0,codegen_1._)`await ${fmtRef}(${data})`}return typeof format=="function"?(0,codegen_1._)`${fmtRef}(${data})`:(0,codegen_1._)`${fmtRef}.test(${data})`}}}};exports["default"]=def}),53387:((__unused_webpack_module,exports,__webpack_require__)=>{Object.defineProperty(exports,"__esModule",{value:true});const format_1=__webpack_require__(86544);const format=[format_1.default];exports["default"]=format}),43330:((__unused_webpack_module,exports)=>{Object.defineProperty(exports,"__esModule",{value:true});exports.contentVocabulary=exports.metadataVocabulary=void 0;exports.metadataVocabulary=["title","description","default","deprecated","readOnly","writeOnly","examples"];exports.contentVocabulary=["contentMediaType","contentEncoding","contentSchema"]}),48678:((__unused_webpack_module,exports,__webpack_require__)=>{Object.defineProperty(exports,"__esModule",{value:true});const dependentRequired_1=__webpack_require__(26809);const dependentSchemas_1=__webpack_require__(85496);const limitContains_1=__webpack_require__(66373);const next=[dependentRequired_1.default,dependentSchemas_1.default,limitContains_1.default];exports["default"]=next}),99876:((__unused_webpack_module,exports,__webpack_require__)=>{Object.defineProperty(exports,"__esModule",{value:true});const unevaluatedProperties_1=__webpack_require__(64717);const unevaluatedItems_1=__webpack_require__(90390);const unevaluated=[unevaluatedProperties_1.default,unevaluatedItems_1.default];exports["default"]=unevaluated}),90390:((__unused_webpack_module,exports,__webpack_require__)=>{Object.defineProperty(exports,"__esModule",{value:true});const codegen_1=__webpack_require__(75306);const util_1=__webpack_require__(67482);const error={message:({params:{len}})=>(0,codegen_1.str)`must NOT have more than ${len} items`,params:({params:{len}})=>(0,codegen_1._)`{limit: ${len}}`};const def={keyword:"unevaluatedItems",type:"array",schemaType:["boolean","object"],error,code(cxt){const{gen,schema,data,it}=cxt;const items=it.items||0;if(items===true)return;const len=gen.const("len",(0,codegen_1._)`${data}.length`);if(schema===false){cxt.setParams({len:items});cxt.fail((0,codegen_1._)`${len} > ${items}`)}else if(typeof schema=="object"&&!(0,util_1.alwaysValidSchema)(it,schema)){const valid=gen.var("valid",(0,codegen_1._)`${len} <= ${items}`);gen.if((0,codegen_1.not)(valid),()=>validateItems(valid,items));cxt.ok(valid)}it.items=true;function validateItems(valid,from){gen.forRange("i",from,len,i=>{cxt.subschema({keyword:"unevaluatedItems",dataProp:i,dataPropType:util_1.Type.Num},valid);if(!it.allErrors)gen.if((0,codegen_1.not)(valid),()=>gen.break())})}}};exports["default"]=def}),64717:((__unused_webpack_module,exports,__webpack_require__)=>{Object.defineProperty(exports,"__esModule",{value:true});const codegen_1=__webpack_require__(75306);const util_1=__webpack_require__(67482);const names_1=__webpack_require__(75388);const error={message:"must NOT have unevaluated properties",params:({params})=>(0,codegen_1._)`{unevaluatedProperty: ${params.unevaluatedProperty}}`};const def={keyword:"unevaluatedProperties",type:"object",schemaType:["boolean","object"],trackErrors:true,error,code(cxt){const{gen,schema,data,errsCount,it}=cxt;if(!errsCount)throw new Error("ajv implementation error");const{allErrors,props}=it;if(props instanceof codegen_1.Name){gen.if((0,codegen_1._)`${props} !== true`,()=>gen.forIn("key",data,key=>gen.if(unevaluatedDynamic(props,key),()=>unevaluatedPropCode(key))))}else if(props!==true){gen.forIn("key",data,key=>props===undefined?unevaluatedPropCode(key):gen.if(unevaluatedStatic(props,key),()=>unevaluatedPropCode(key)))}it.props=true;cxt.ok((0,codegen_1._)`${errsCount} === ${names_1.default.errors}`);function unevaluatedPropCode(key){if(schema===false){cxt.setParams({unevaluatedProperty:key});cxt.error();if(!allErrors)gen.break();return}if(!(0,util_1.alwaysValidSchema)(it,schema)){const valid=gen.name("valid");cxt.subschema({keyword:"unevaluatedProperties",dataProp:key,dataPropType:util_1.Type.Str},valid);if(!allErrors)gen.if((0,codegen_1.not)(valid),()=>gen.break())}}function unevaluatedDynamic(evaluatedProps,key){return(0,codegen_1._)`!${evaluatedProps} || !${evaluatedProps}[${key}]`}function unevaluatedStatic(evaluatedProps,key){const ps=[];for(const p in evaluatedProps){if(evaluatedProps[p]===true)ps.push((0,codegen_1._)`${key} !== ${p}`)}return(0,codegen_1.and)(...ps)}}};exports["default"]=def}),71296:((__unused_webpack_module,exports,__webpack_require__)=>{Object.defineProperty(exports,"__esModule",{value:true});const codegen_1=__webpack_require__(75306);const util_1=__webpack_require__(67482);const equal_1=__webpack_require__(74357);const error={message:"must be equal to constant",params:({schemaCode})=>(0,codegen_1._)`{allowedValue: ${schemaCode}}`};const def={keyword:"const",$data:true,error,code(cxt){const{gen,data,$data,schemaCode,schema}=cxt;if($data||schema&&typeof schema=="object"){cxt.fail$data((0,codegen_1._)`!${(0,util_1.useFunc)(gen,equal_1.default)}(${data}, ${schemaCode})`)}else{cxt.fail((0,codegen_1._)`${schema} !== ${data}`)}}};exports["default"]=def}),26809:((__unused_webpack_module,exports,__webpack_require__)=>{Object.defineProperty(exports,"__esModule",{value:true});const dependencies_1=__webpack_require__(31228);const def={keyword:"dependentRequired",type:"object",schemaType:"object",error:dependencies_1.error,code:cxt=>(0,dependencies_1.validatePropertyDeps)(cxt)};exports["default"]=def}),56646:((__unused_webpack_module,exports,__webpack_require__)=>{Object.defineProperty(exports,"__esModule",{value:true});const codegen_1=__webpack_require__(75306);const util_1=__webpack_require__(67482);const equal_1=__webpack_require__(74357);const error={message:"must be equal to one of the allowed values",params:({schemaCode})=>(0,codegen_1._)`{allowedValues: ${schemaCode}}`};const def={keyword:"enum",schemaType:"array",$data:true,error,code(cxt){const{gen,data,$data,schema,schemaCode,it}=cxt;if(!$data&&schema.length===0)throw new Error("enum must have non-empty array");const useLoop=schema.length>=it.opts.loopEnum;let eql;const getEql=()=>eql!==null&&eql!==void 0?eql:eql=(0,util_1.useFunc)(gen,equal_1.default);let valid;if(useLoop||$data){valid=gen.let("valid");cxt.block$data(valid,loopEnum)}else{if(!Array.isArray(schema))throw new Error("ajv implementation error");const vSchema=gen.const("vSchema",schemaCode);valid=(0,codegen_1.or)(...schema.map((_x,i)=>equalCode(vSchema,i)))}cxt.pass(valid);function loopEnum(){gen.assign(valid,false);gen.forOf("v",schemaCode,v=>gen.if((0,codegen_1._)`${getEql()}(${data}, ${v})`,()=>gen.assign(valid,true).break()))}function equalCode(vSchema,i){const sch=schema[i];return typeof sch==="object"&&sch!==null?(0,codegen_1._)`${getEql()}(${data}, ${vSchema}[${i}])`:(0,codegen_1._)`${data} === ${sch}`}}};exports["default"]=def}),42203:((__unused_webpack_module,exports,__webpack_require__)=>{Object.defineProperty(exports,"__esModule",{value:true});const limitNumber_1=__webpack_require__(36685);const multipleOf_1=__webpack_require__(70926);const limitLength_1=__webpack_require__(25856);const pattern_1=__webpack_require__(12333);const limitProperties_1=__webpack_require__(26181);const required_1=__webpack_require__(19098);const limitItems_1=__webpack_require__(49854);const uniqueItems_1=__webpack_require__(43930);const const_1=__webpack_require__(71296);const enum_1=__webpack_require__(56646);const validation=[limitNumber_1.default,multipleOf_1.default,limitLength_1.default,pattern_1.default,limitProperties_1.default,required_1.default,limitItems_1.default,uniqueItems_1.default,{keyword:"type",schemaType:["string","array"]},{keyword:"nullable",schemaType:"boolean"},const_1.default,enum_1.default];exports["default"]=validation}),66373:((__unused_webpack_module,exports,__webpack_require__)=>{Object.defineProperty(exports,"__esModule",{value:true});const util_1=__webpack_require__(67482);const def={keyword:["maxContains","minContains"],type:"array",schemaType:"number",code({keyword,parentSchema,it}){if(parentSchema.contains===undefined){(0,util_1.checkStrictMode)(it,`"${keyword}" without "contains" is ignored`)}}};exports["default"]=def}),49854:((__unused_webpack_module,exports,__webpack_require__)=>{Object.defineProperty(exports,"__esModule",{value:true});const codegen_1=__webpack_require__(75306);const error={message({keyword,schemaCode}){const comp=keyword==="maxItems"?"more":"fewer";return(0,codegen_1.str)`must NOT have ${comp} than ${schemaCode} items`},params:({schemaCode})=>(0,codegen_1._)`{limit: ${schemaCode}}`};const def={keyword:["maxItems","minItems"],type:"array",schemaType:"number",$data:true,error,code(cxt){const{keyword,data,schemaCode}=cxt;const op=keyword==="maxItems"?codegen_1.operators.GT:codegen_1.operators.LT;cxt.fail$data((0,codegen_1._)`${data}.length ${op} ${schemaCode}`)}};exports["default"]=def}),25856:((__unused_webpack_module,exports,__webpack_require__)=>{Object.defineProperty(exports,"__esModule",{value:true});const codegen_1=__webpack_require__(75306);const util_1=__webpack_require__(67482);const ucs2length_1=__webpack_require__(32132);const error={message({keyword,schemaCode}){const comp=keyword==="maxLength"?"more":"fewer";return(0,codegen_1.str)`must NOT have ${comp} than ${schemaCode} characters`},params:({schemaCode})=>(0,codegen_1._)`{limit: ${schemaCode}}`};const def={keyword:["maxLength","minLength"],type:"string",schemaType:"number",$data:true,error,code(cxt){const{keyword,data,schemaCode,it}=cxt;const op=keyword==="maxLength"?codegen_1.operators.GT:codegen_1.operators.LT;const len=it.opts.unicode===false?(0,codegen_1._)`${data}.length`:(0,codegen_1._)`${(0,util_1.useFunc)(cxt.gen,ucs2length_1.default)}(${data})`;cxt.fail$data((0,codegen_1._)`${len} ${op} ${schemaCode}`)}};exports["default"]=def}),36685:((__unused_webpack_module,exports,__webpack_require__)=>{Object.defineProperty(exports,"__esModule",{value:true});const codegen_1=__webpack_require__(75306);const ops=codegen_1.operators;const KWDs={maximum:{okStr:"<=",ok:ops.LTE,fail:ops.GT},minimum:{okStr:">=",ok:ops.GTE,fail:ops.LT},exclusiveMaximum:{okStr:"<",ok:ops.LT,fail:ops.GTE},exclusiveMinimum:{okStr:">",ok:ops.GT,fail:ops.LTE}};const error={message:({keyword,schemaCode})=>(0,codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode}`,params:({keyword,schemaCode})=>(0,codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`};const def={keyword:Object.keys(KWDs),type:"number",schemaType:"number",$data:true,error,code(cxt){const{keyword,data,schemaCode}=cxt;cxt.fail$data((0,codegen_1._)`${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`)}};exports["default"]=def}),26181:((__unused_webpack_module,exports,__webpack_require__)=>{Object.defineProperty(exports,"__esModule",{value:true});const codegen_1=__webpack_require__(75306);const error={message({keyword,schemaCode}){const comp=keyword==="maxProperties"?"more":"fewer";return(0,codegen_1.str)`must NOT have ${comp} than ${schemaCode} properties`},params:({schemaCode})=>(0,codegen_1._)`{limit: ${schemaCode}}`};const def={keyword:["maxProperties","minProperties"],type:"object",schemaType:"number",$data:true,error,code(cxt){const{keyword,data,schemaCode}=cxt;const op=keyword==="maxProperties"?codegen_1.operators.GT:codegen_1.operators.LT;cxt.fail$data((0,codegen_1._)`Object.keys(${data}).length ${op} ${schemaCode}`)}};exports["default"]=def}),70926:((__unused_webpack_module,exports,__webpack_require__)=>{Object.defineProperty(exports,"__esModule",{value:true});const codegen_1=__webpack_require__(75306);const error={message:({schemaCode})=>(0,codegen_1.str)`must be multiple of ${schemaCode}`,params:({schemaCode})=>(0,codegen_1._)`{multipleOf: ${schemaCode}}`};const def={keyword:"multipleOf",type:"number",schemaType:"number",$data:true,error,code(cxt){const{gen,data,schemaCode,it}=cxt;const prec=it.opts.multipleOfPrecision;const res=gen.let("res");const invalid=prec?(0,codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}`:(0,codegen_1._)`${res} !== parseInt(${res})`;cxt.fail$data((0,codegen_1._)`(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`)}};exports["default"]=def}),12333:((__unused_webpack_module,exports,__webpack_require__)=>{Object.defineProperty(exports,"__esModule",{value:true});const code_1=__webpack_require__(90706);const util_1=__webpack_require__(67482);const codegen_1=__webpack_require__(75306);const error={message:({schemaCode})=>(0,codegen_1.str)`must match pattern "${schemaCode}"`,params:({schemaCode})=>(0,codegen_1._)`{pattern: ${schemaCode}}`};const def={keyword:"pattern",type:"string",schemaType:"string",$data:true,error,code(cxt){const{gen,data,$data,schema,schemaCode,it}=cxt;const u=it.opts.unicodeRegExp?"u":"";if($data){const{regExp}=it.opts.code;const regExpCode=regExp.code==="new RegExp"?(0,codegen_1._)`new RegExp`:(0,util_1.useFunc)(gen,regExp);const valid=gen.let("valid");gen.try(()=>gen.assign(valid,(0,codegen_1._)`${regExpCode}(${schemaCode}, ${u}).test(${data})`),()=>gen.assign(valid,false));cxt.fail$data((0,codegen_1._)`!${valid}`)}else{const regExp=(0,code_1.usePattern)(cxt,schema);cxt.fail$data((0,codegen_1._)`!${regExp}.test(${data})`)}}};exports["default"]=def}),19098:((__unused_webpack_module,exports,__webpack_require__)=>{Object.defineProperty(exports,"__esModule",{value:true});const code_1=__webpack_require__(90706);const codegen_1=__webpack_require__(75306);const util_1=__webpack_require__(67482);const error={message:({params:{missingProperty}})=>(0,codegen_1.str)`must have required property '${missingProperty}'`,params:({params:{missingProperty}})=>(0,codegen_1._)`{missingProperty: ${missingProperty}}`};const def={keyword:"required",type:"object",schemaType:"array",$data:true,error,code(cxt){const{gen,schema,schemaCode,data,$data,it}=cxt;const{opts}=it;if(!$data&&schema.length===0)return;const useLoop=schema.length>=opts.loopRequired;if(it.allErrors)allErrorsMode();else exitOnErrorMode();if(opts.strictRequired){const props=cxt.parentSchema.properties;const{definedProperties}=cxt.it;for(const requiredKey of schema){if((props===null||props===void 0?void 0:props[requiredKey])===undefined&&!definedProperties.has(requiredKey)){const schemaPath=it.schemaEnv.baseId+it.errSchemaPath;const msg=`required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;(0,util_1.checkStrictMode)(it,msg,it.opts.strictRequired)}}}function allErrorsMode(){if(useLoop||$data){cxt.block$data(codegen_1.nil,loopAllRequired)}else{for(const prop of schema){(0,code_1.checkReportMissingProp)(cxt,prop)}}}function exitOnErrorMode(){const missing=gen.let("missing");if(useLoop||$data){const valid=gen.let("valid",true);cxt.block$data(valid,()=>loopUntilMissing(missing,valid));cxt.ok(valid)}else{gen.if((0,code_1.checkMissingProp)(cxt,schema,missing));(0,code_1.reportMissingProp)(cxt,missing);gen.else()}}function loopAllRequired(){gen.forOf("prop",schemaCode,prop=>{cxt.setParams({missingProperty:prop});gen.if((0,code_1.noPropertyInData)(gen,data,prop,opts.ownProperties),()=>cxt.error())})}function loopUntilMissing(missing,valid){cxt.setParams({missingProperty:missing});gen.forOf(missing,schemaCode,()=>{gen.assign(valid,(0,code_1.propertyInData)(gen,data,missing,opts.ownProperties));gen.if((0,codegen_1.not)(valid),()=>{cxt.error();gen.break()})},codegen_1.nil)}}};exports["default"]=def}),43930:((__unused_webpack_module,exports,__webpack_require__)=>{Object.defineProperty(exports,"__esModule",{value:true});const dataType_1=__webpack_require__(91915);const codegen_1=__webpack_require__(75306);const util_1=__webpack_require__(67482);const equal_1=__webpack_require__(74357);const error={message:({params:{i,j}})=>(0,codegen_1.str)`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,params:({params:{i,j}})=>(0,codegen_1._)`{i: ${i}, j: ${j}}`};const def={keyword:"uniqueItems",type:"array",schemaType:"boolean",$data:true,error,code(cxt){const{gen,data,$data,schema,parentSchema,schemaCode,it}=cxt;if(!$data&&!schema)return;const valid=gen.let("valid");const itemTypes=parentSchema.items?(0,dataType_1.getSchemaTypes)(parentSchema.items):[];cxt.block$data(valid,validateUniqueItems,(0,codegen_1._)`${schemaCode} === false`);cxt.ok(valid);function validateUniqueItems(){const i=gen.let("i",(0,codegen_1._)`${data}.length`);const j=gen.let("j");cxt.setParams({i,j});gen.assign(valid,true);gen.if((0,codegen_1._)`${i} > 1`,()=>(canOptimize()?loopN:loopN2)(i,j))}function canOptimize(){return itemTypes.length>0&&!itemTypes.some(t=>t==="object"||t==="array")}function loopN(i,j){const item=gen.name("item");const wrongType=(0,dataType_1.checkDataTypes)(itemTypes,item,it.opts.strictNumbers,dataType_1.DataType.Wrong);const indices=gen.const("indices",(0,codegen_1._)`{}`);gen.for((0,codegen_1._)`;${i}--;`,()=>{gen.let(item,(0,codegen_1._)`${data}[${i}]`);gen.if(wrongType,(0,codegen_1._)`continue`);if(itemTypes.length>1)gen.if((0,codegen_1._)`typeof ${item} == "string"`,(0,codegen_1._)`${item} += "_"`);gen.if((0,codegen_1._)`typeof ${indices}[${item}] == "number"`,()=>{gen.assign(j,(0,codegen_1._)`${indices}[${item}]`);cxt.error();gen.assign(valid,false).break()}).code((0,codegen_1._)`${indices}[${item}] = ${i}`)})}function loopN2(i,j){const eql=(0,util_1.useFunc)(gen,equal_1.default);const outer=gen.name("outer");gen.label(outer).for((0,codegen_1._)`;${i}--;`,()=>gen.for((0,codegen_1._)`${j} = ${i}; ${j}--;`,()=>gen.if((0,codegen_1._)`${eql}(${data}[${i}], ${data}[${j}])`,()=>{cxt.error();gen.assign(valid,false).break(outer)})))}}};exports["default"]=def}),58272:(module=>{function makeArray(subject){return Array.isArray(subject)?subject:[subject]}const UNDEFINED=undefined;const EMPTY="";const SPACE=" ";const ESCAPE="\\";const REGEX_LITERAL_SPECIAL=/[.*+?()[\]{}^$|\\/]/;const BOM="\uFEFF";const REGEX_ANCHORED_GLOBSTAR=/^\/\*{2,}$/;const REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION=/^\\!/;const REGEX_REPLACE_LEADING_EXCAPED_HASH=/^\\#/;const REGEX_SPLITALL_CRLF=/\r?\n/g;const DOUBLE_SLASH="//";const SLASH_CODE=47;const DOT_CODE=46;const SLASH="/";let TMP_KEY_IGNORE="node-ignore";if(typeof Symbol!=="undefined"){TMP_KEY_IGNORE=Symbol.for("node-ignore")}const KEY_IGNORE=TMP_KEY_IGNORE;const define1=(object,key,value)=>{Object.defineProperty(object,key,{value});return value};const RETURN_FALSE=()=>false;const POSIX_CLASSES={alnum:"0-9A-Za-z",alpha:"A-Za-z",blank:" \\t",cntrl:"\\x00-\\x1f\\x7f",digit:"0-9",graph:"!-.0-~",lower:"a-z",print:" -.0-~",punct:"!-.:-@\\[-`{-~",space:" \\t\\n\\r",upper:"A-Z",xdigit:"0-9A-Fa-f"};const CLASS_MEMBERS_TO_ESCAPE="\\]^-[";const escapeMember=char=>CLASS_MEMBERS_TO_ESCAPE.indexOf(char)<0?char:ESCAPE+char;const NON_SLASH="(?!\\/)";const classSource=(negated,body)=>{if(negated){return`[^\\/${body}]`}const source=`[${body}]`;return new RegExp(source).test("/")?NON_SLASH+source:source};const scanBracket=(pattern,start)=>{const{length}=pattern;let index=start+1;let negated=EMPTY;const lead=pattern[index];if(lead==="!"||lead==="^"){negated="^";index++}let body=EMPTY;let prev=EMPTY;for(;;){const char=pattern[index];if(char===UNDEFINED){return null}if(char===ESCAPE){const escaped=pattern[++index];body+=escapeMember(escaped);prev=escaped}else if(char==="-"&&prev&&index+1<length&&pattern[index+1]!=="]"){index++;let to=pattern[index];if(to===ESCAPE){to=pattern[index+=1]}if(prev<=to){body+=`-${escapeMember(to)}`}prev=EMPTY}else if(char==="["&&pattern[index+1]===":"){const nameStart=index+2;let end=nameStart;while(end<length&&pattern[end]!=="]"){end++}if(end===length){return null}if(end>nameStart&&pattern[end-1]===":"){const name=pattern.slice(nameStart,end-1);if(!Object.prototype.hasOwnProperty.call(POSIX_CLASSES,name)){return null}body+=POSIX_CLASSES[name];prev=EMPTY;index=end}else{body+=escapeMember("[");prev="[";index=nameStart-2}}else{body+=escapeMember(char);prev=char}index++;if(pattern[index]==="]"){return{end:index,source:classSource(negated,body)}}}};const NEVER_MATCH="[]";const PLACEHOLDER="\0";const REGEX_RESTORE_PLACEHOLDER=new RegExp(`${PLACEHOLDER}(\\d+)${PLACEHOLDER}`,"g");const TRAILING_WILDCARD="\uE000";const TRAILING_DOUBLESTAR="\uE001";const isReserved=char=>char===PLACEHOLDER||char===TRAILING_WILDCARD||char===TRAILING_DOUBLESTAR;const extractBrackets=pattern=>{const sources=[];const hold=source=>`${PLACEHOLDER}${sources.push(source)-1}${PLACEHOLDER}`;const{length}=pattern;let out=EMPTY;let index=0;while(index<length){const char=pattern[index];if(char===ESCAPE){const escaped=pattern[index+1];if(escaped===SLASH&&index+2===length){out+=hold(NEVER_MATCH)}else if(escaped==="*"||escaped==="["||escaped===SPACE){out+=pattern.slice(index,index+2)}else{out+=hold(REGEX_LITERAL_SPECIAL.test(escaped)?ESCAPE+escaped:isReserved(escaped)?`[${escaped}]`:escaped)}index+=2}else if(isReserved(char)){out+=hold(`[${char}]`);index++}else if(char==="["){const scanned=scanBracket(pattern,index);if(scanned===null){out+=hold(NEVER_MATCH);index=length}else{out+=hold(scanned.source);index=scanned.end+1}}else{out+=char;index++}}return{source:out,sources}};const DIRECT=null;const REGEX_INNER_SLASH=/\/(?!$)/;const WILDCARD="[^\\/]*";const REPLACERS=[[/(\\+)( ?)/g,(_,run,space)=>space?run.slice(0,run.length-run.length%2)+SPACE:run,ESCAPE+SPACE],[/(^|\/)\*{3,}(?=\/|$)/g,(_,start)=>`${start}**`,"*"],[/[\\$.|*+(){^]/g,match=>`\\${match}`],[/(?!\\)\?/g,()=>"[^/]","?"],[/^\//,()=>"^",SLASH],[/\//g,()=>"\\/",SLASH],[/^\^*(?:\\\*\\\*\\\/)+/,()=>"(?:^|\\/)","*"],[DIRECT,(source,pattern)=>{if(!source||source[0]==="^"||source[0]==="("){return source}const anchor=!REGEX_INNER_SLASH.test(pattern)?"(?:^|\\/)":"^";return anchor+source}],[/\\\/\\\*\\\*(?=\\\/|$)/g,(_,index,str)=>index+6<str.length?str.slice(index+6)==="\\/"?"(?:\\/[^\\/]+)+":"(?:\\/[^\\/]+)*":`\\/${TRAILING_DOUBLESTAR}`,"*"],[/(^|[^\\])(?:\\\*)+(?!$)/g,(_,p1)=>p1+WILDCARD,"*"],[/(^|[^\\])((?:\\\\)*)\\\*$/,(match,p1,p2)=>p2===EMPTY?p1+TRAILING_WILDCARD:match,"*"],[/\\\\\\(?=[$.|*+(){^])/g,()=>ESCAPE,ESCAPE+ESCAPE],[/\\\\/g,()=>ESCAPE,ESCAPE+ESCAPE],[/\\\[([^\]/]*?)($|\])/g,(match,range,close)=>`\\[${range}${close}`,"["],[DIRECT,source=>{const last=source[source.length-1];if(!last||last===TRAILING_WILDCARD||last===TRAILING_DOUBLESTAR){return source}return last===SLASH?`${source}$`:`${source}(?=$|\\/$)`}]];const REGEX_REPLACE_TRAILING_WILDCARD=/(^|\\\/)?\uE000$/;const MODE_IGNORE="regex";const MODE_CHECK_IGNORE="checkRegex";const UNDERSCORE="_";const replaceTrailingWildcard=(_,p1)=>{const prefix=p1?`${p1}[^/]+`:"[^/]*";return`${prefix}(?=$|\\/$)`};const REGEX_REPLACE_TRAILING_DOUBLESTAR=/\uE001$/;const replaceTrailingDoublestar=()=>"[\\s\\S]";const separatorAfter=(run,at)=>{let separator=EMPTY;for(let index=at+1;index<run.length&&!run[index].wildcard;index++){separator+=run[index].single}return separator};const pinWildcards=source=>{if(source.indexOf(WILDCARD)<0){return source}const tokens=[];const{length}=source;let index=0;while(index<length){const char=source[index];if(source.startsWith(WILDCARD,index)){tokens.push({wildcard:true});index+=WILDCARD.length}else if(char==="["){let end=index+1;if(source[end]==="^"){end++}if(source[end]==="]"){end++}while(end<length&&source[end]!=="]"){end+=source[end]===ESCAPE?2:1}end++;tokens.push({single:source.slice(index,end)});index=end}else if(char===ESCAPE){tokens.push({single:source.slice(index,index+2)});index+=2}else if(char==="("){let depth=0;let end=index;do{if(source[end]===ESCAPE){end++}else if(source[end]==="("){depth++}else if(source[end]===")"){depth--}end++}while(end<length&&depth>0);if("*+?".indexOf(source[end])>=0){end++}tokens.push({boundary:source.slice(index,end)});index=end}else if(char==="^"||char==="$"){tokens.push({boundary:char});index++}else{tokens.push({single:char});index++}}let out=EMPTY;let run=[];const flush=()=>{let lastWildcard;run.forEach((token,at)=>{if(token.wildcard){lastWildcard=at}});run.forEach((token,at)=>{if(!token.wildcard){out+=token.single;return}out+=at===lastWildcard?WILDCARD:`(?:(?!${separatorAfter(run,at)})[^\\/])*`});run=[]};tokens.forEach(token=>{if(token.boundary===undefined){run.push(token);return}flush();out+=token.boundary});flush();return out};const makeRegexPrefix=pattern=>{if(REGEX_ANCHORED_GLOBSTAR.test(pattern)){pattern="**"}const{source,sources}=extractBrackets(pattern);const replaced=REPLACERS.reduce((prev,[matcher,replacer,required])=>{if(matcher===DIRECT){return replacer(prev,pattern)}if(required!==UNDEFINED&&prev.indexOf(required)<0){return prev}return matcher.test(prev)?prev.replace(matcher,replacer.bind(pattern)):prev},source);return sources.length?replaced.replace(REGEX_RESTORE_PLACEHOLDER,(match,index)=>sources[index]):replaced};const checkSourceOf=(body,prefix)=>{if(body[body.length-1]===SLASH){prefix=makeRegexPrefix(body.slice(0,-1))}const head=prefix.slice(0,-1);const last=prefix[prefix.length-1];return last===TRAILING_WILDCARD?`${head}$`:last===TRAILING_DOUBLESTAR?head:NEVER_MATCH};const matchesBasename=body=>{const index=body.indexOf(SLASH);return index<0||index===body.length-1};const basenameOf=path=>{const end=path.length-1;const index=path.lastIndexOf(SLASH,path[end]===SLASH?end-1:end);return index<0?path:path.slice(index+1)};const parentOf=path=>{if(path.charCodeAt(0)===SLASH_CODE||path.indexOf(DOUBLE_SLASH)>=0){const slices=path.split(SLASH).filter(Boolean);slices.pop();return slices.length?slices.join(SLASH)+SLASH:EMPTY}const end=path.length-1;const cut=path.lastIndexOf(SLASH,path.charCodeAt(end)===SLASH_CODE?end-1:end);return cut<0?EMPTY:path.slice(0,cut+1)};const isString=subject=>typeof subject==="string";const checkPattern=pattern=>pattern&&isString(pattern);const splitPattern=pattern=>(pattern[pattern.length-1]==="\r"?pattern.slice(0,-1):pattern).split(REGEX_SPLITALL_CRLF).filter(Boolean);class IgnoreRule{constructor(pattern,mark,body,ignoreCase,negative,prefix){this.pattern=pattern;this.mark=mark;this.negative=negative;define1(this,"body",body);define1(this,"ignoreCase",ignoreCase);define1(this,"regexPrefix",prefix)}get _basenameOnly(){return define1(this,"_basenameOnly",matchesBasename(this.body))}get regex(){const key=UNDERSCORE+MODE_IGNORE;if(this[key]){return this[key]}return this._make(MODE_IGNORE,key)}get checkRegex(){const key=UNDERSCORE+MODE_CHECK_IGNORE;if(this[key]){return this[key]}return this._make(MODE_CHECK_IGNORE,key)}_make(mode,key){const str=pinWildcards(mode===MODE_IGNORE?this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD,replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR,replaceTrailingDoublestar):checkSourceOf(this.body,this.regexPrefix));const regex=this.ignoreCase?new RegExp(str,"i"):new RegExp(str);return define1(this,key,regex)}}const hasTrailingBackslash=str=>{let count=0;while(str[str.length-count-1]===ESCAPE){count++}return count%2===1};const trimEnd=(body,stripLineEnd)=>{let lineEnd=body.length;let end;for(;;){if(stripLineEnd&&body[lineEnd-1]==="\r"){lineEnd--}end=lineEnd;while(body[end-1]===SPACE){end--}if(!stripLineEnd||body[end-1]!=="\n"){break}lineEnd=end-1}if(end===lineEnd){return body.slice(0,lineEnd)}let backslashes=0;while(body[end-backslashes-1]===ESCAPE){backslashes++}return backslashes%2?body.slice(0,end-1)+SPACE:body.slice(0,end)};const createRule=(pattern,mark,ignoreCase,stripLineEnd,stripBOM)=>{let body=stripBOM&&pattern[0]===BOM?pattern.slice(1):pattern;if(body[0]==="#"){return}let negative=false;if(body[0]==="!"){negative=true;body=body.slice(1)}const last=body[body.length-1];if(last===SPACE||stripLineEnd&&(last==="\r"||last==="\n")){body=trimEnd(body,stripLineEnd)}if(!body||hasTrailingBackslash(body)){return}body=body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION,"!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH,"#");const regexPrefix=makeRegexPrefix(body);return new IgnoreRule(pattern,mark,body,ignoreCase,negative,regexPrefix)};class RuleManager{constructor(ignoreCase){this._ignoreCase=ignoreCase;this._rules=[];this._basenameCount=0}_add(pattern,index){if(pattern&&pattern[KEY_IGNORE]){this._rules=this._rules.concat(pattern._rules._rules);this._basenameCount+=pattern._rules._basenameCount;this._added=true;return}const isStr=isString(pattern);const raw=isStr?pattern:pattern.pattern;const rule=checkPattern(raw)&&createRule(raw,isStr?UNDEFINED:pattern.mark,this._ignoreCase,!this._split,this._stripBOM&&!index);if(rule){this._added=true;this._rules.push(rule);if(matchesBasename(rule.body)){this._basenameCount++}}}add(pattern){this._added=false;this._split=isString(pattern);this._stripBOM=!this._split||pattern[0]===BOM;makeArray(this._split?splitPattern(pattern):pattern).forEach(this._add,this);if(this._added){this._literalRules=UNDEFINED}return this._added}testLiteral(path){const rules=this._literalRules||(this._literalRules=this._rules.filter(({body})=>body[body.length-(body[body.length-1]===SLASH?2:1)]==="*"));let ignored=false;let unignored=false;let matchedRule;for(let index=rules.length-1;index>=0;index--){const rule=rules[index];if(rule.checkRegex.test(path)){ignored=!rule.negative;unignored=rule.negative;matchedRule=rule.negative?UNDEFINED:rule;break}}const ret={ignored,unignored};if(matchedRule){ret.rule=matchedRule}return ret}test(path,mode){const rules=this._rules;const{length}=rules;const shortcut=this._basenameCount*2>=length;const basename=shortcut?basenameOf(path):path;for(let index=length-1;index>=0;index--){const rule=rules[index];if(rule[mode].test(shortcut&&rule._basenameOnly?basename:path)){const{negative}=rule;const ret={ignored:!negative,unignored:negative};if(!negative){ret.rule=rule}return ret}}return{ignored:false,unignored:false}}}const throwError=(message,Ctor)=>{throw new Ctor(message)};const checkPath=(path,originalPath,doThrow)=>{if(!isString(path)){return doThrow(`path must be a string, but got \`${originalPath}\``,TypeError)}if(!path){return doThrow(`path must not be empty`,TypeError)}if(checkPath.isNotRelative(path)){const r="`path.relative()`d";return doThrow(`path should be a ${r} string, but got "${originalPath}"`,RangeError)}return true};const isNotRelative=path=>{const first=path.charCodeAt(0);if(first===SLASH_CODE){return true}if(first!==DOT_CODE){return false}if(path.length===1){return true}const second=path.charCodeAt(1);if(second===SLASH_CODE){return true}if(second!==DOT_CODE){return false}return path.length===2||path.charCodeAt(2)===SLASH_CODE};checkPath.isNotRelative=isNotRelative;checkPath.convert=p=>p;const convertPath=target=>isString(target)&&checkPath.convert(target);class Ignore{constructor({ignorecase=true,ignoreCase=ignorecase,allowRelativePaths=false}={}){define1(this,KEY_IGNORE,true);this._rules=new RuleManager(ignoreCase);this._strictPathCheck=!allowRelativePaths;this._initCache()}_initCache(){this._ignoreCache=Object.create(null);this._testCache=Object.create(null)}add(pattern){if(this._rules.add(pattern)){this._initCache()}return this}addPattern(pattern){return this.add(pattern)}_test(originalPath,cache,path){checkPath(path,originalPath,this._strictPathCheck?throwError:RETURN_FALSE);return path?this._t(path,cache):{ignored:false,unignored:false}}checkIgnore(target){const path=convertPath(target);if(!path||path.charCodeAt(path.length-1)!==SLASH_CODE){return this._test(target,this._testCache,path)}const dir=this._t(path,this._testCache);if(dir.ignored){return dir}const literal=this._rules.testLiteral(path);return literal.ignored||literal.unignored?literal:dir}_t(path,cache){const cached=cache[path];if(cached){return cached}const parentPath=parentOf(path);const parent=parentPath?this._t(parentPath,cache):UNDEFINED;return cache[path]=parent&&parent.ignored?parent:this._rules.test(path,MODE_IGNORE)}ignores(path){return this._test(path,this._ignoreCache,convertPath(path)).ignored}createFilter(){return path=>!this.ignores(path)}filter(paths){return makeArray(paths).filter(this.createFilter())}test(path){return this._test(path,this._testCache,convertPath(path))}}const factory=options=>new Ignore(options);const isPathValid=path=>checkPath(convertPath(path),path,RETURN_FALSE);const setupWindows=()=>{const makePosix=str=>/^\\\\\?\\/.test(str)||/["<>|\u0000-\u001F]+/u.test(str)?str:str.replace(/\\/g,"/");checkPath.convert=makePosix;const REGEX_TEST_WINDOWS_PATH_ABSOLUTE=/^[a-z]:\//i;checkPath.isNotRelative=path=>REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path)||isNotRelative(path)};if(typeof process!=="undefined"&&process.platform==="win32"){setupWindows()}module.exports=factory;factory.default=factory;module.exports.isPathValid=isPathValid;define1(module.exports,Symbol.for("setupWindows"),setupWindows)}),24877:(module=>{var traverse=module.exports=function(schema,opts,cb){if(typeof opts=="function"){cb=opts;opts={}}cb=opts.cb||cb;var pre=typeof cb=="function"?cb:cb.pre||function(){};var post=cb.post||function(){};_traverse(opts,pre,post,schema,"",schema)};traverse.keywords={additionalItems:true,items:true,contains:true,additionalProperties:true,propertyNames:true,not:true,if:true,then:true,else:true};traverse.arrayKeywords={items:true,allOf:true,anyOf:true,oneOf:true};traverse.propsKeywords={$defs:true,definitions:true,properties:true,patternProperties:true,dependencies:true};traverse.skipKeywords={default:true,enum:true,const:true,required:true,maximum:true,minimum:true,exclusiveMaximum:true,exclusiveMinimum:true,multipleOf:true,maxLength:true,minLength:true,pattern:true,format:true,maxItems:true,minItems:true,uniqueItems:true,maxProperties:true,minProperties:true};function _traverse(opts,pre,post,schema,jsonPtr,rootSchema,parentJsonPtr,parentKeyword,parentSchema,keyIndex){if(schema&&typeof schema=="object"&&!Array.isArray(schema)){pre(schema,jsonPtr,rootSchema,parentJsonPtr,parentKeyword,parentSchema,keyIndex);for(var key in schema){var sch=schema[key];if(Array.isArray(sch)){if(key in traverse.arrayKeywords){for(var i=0;i<sch.length;i++)_traverse(opts,pre,post,sch[i],jsonPtr+"/"+key+"/"+i,rootSchema,jsonPtr,key,schema,i)}}else if(key in traverse.propsKeywords){if(sch&&typeof sch=="object"){for(var prop in sch)_traverse(opts,pre,post,sch[prop],jsonPtr+"/"+key+"/"+escapeJsonPtr(prop),rootSchema,jsonPtr,key,schema,prop)}}else if(key in traverse.keywords||opts.allKeys&&!(key in traverse.skipKeywords)){_traverse(opts,pre,post,sch,jsonPtr+"/"+key,rootSchema,jsonPtr,key,schema)}}post(schema,jsonPtr,rootSchema,parentJsonPtr,parentKeyword,parentSchema,keyIndex)}}function escapeJsonPtr(str){return str.replace(/~/g,"~0").replace(/\//g,"~1")}}),24352:((module,__unused_webpack_exports,__webpack_require__)=>{const{normalizeIPv6,removeDotSegments,removeDotSegmentsRelative,recomposeAuthority,normalizePercentEncoding,normalizePathEncoding,serializePathEncoding,normalizeQueryFragmentEncoding,encodeQuery,encodeFragment,reescapeHostDelimiters,isIPv4,nonSimpleDomain}=__webpack_require__(15077);const{SCHEMES,getSchemeHandler}=__webpack_require__(75300);const VALID_SCHEME=/^[A-Za-z][A-Za-z0-9+.-]*$/u;const MALFORMED_SCHEME_ERROR="URI scheme is malformed.";const MALFORMED_HOST_ERROR="URI host is malformed.";const FORBIDDEN_DOMAIN_HOST_CHARACTER=/[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;function validateScheme(scheme){const stringScheme=String(scheme);if(!VALID_SCHEME.test(stringScheme)){throw new TypeError(MALFORMED_SCHEME_ERROR)}return stringScheme}function normalize(uri,options){if(typeof uri==="string"){uri=normalizeString(uri,options)}else if(typeof uri==="object"){uri=parse(serialize(uri,options),options)}return uri}function resolve(baseURI,relativeURI,options){const schemelessOptions=options?Object.assign({scheme:"null"},options):{scheme:"null"};const{parsed:baseParsed,malformedAuthorityOrPort:baseMalformed,malformedPercentEncoding:baseMalformedPercentEncoding,malformedSchemeSpecific:baseMalformedSchemeSpecific,malformedHost:baseMalformedHost,malformedScheme:baseMalformedScheme}=parseWithStatus(baseURI,schemelessOptions);const{parsed:relativeParsed,malformedAuthorityOrPort:relativeMalformed,malformedPercentEncoding:relativeMalformedPercentEncoding,malformedSchemeSpecific:relativeMalformedSchemeSpecific,malformedHost:relativeMalformedHost,malformedScheme:relativeMalformedScheme}=parseWithStatus(relativeURI,schemelessOptions);if(baseMalformed||relativeMalformed||baseMalformedPercentEncoding||relativeMalformedPercentEncoding||baseMalformedSchemeSpecific||relativeMalformedSchemeSpecific||baseMalformedHost||relativeMalformedHost||baseMalformedScheme||relativeMalformedScheme){throw new Error(baseParsed.error||relativeParsed.error||"URI is malformed.")}const resolved=resolveComponent(baseParsed,relativeParsed,schemelessOptions,true);const resolvedSchemeHandler=getSchemeHandler(options&&options.scheme||resolved.scheme);const resolvedHost=resolved.host;const resolvedHostIsIP=resolvedHost!==undefined&&resolvedHost!==""&&(isIPv4(resolvedHost)||normalizeIPv6(resolvedHost).isIPV6);if(hasForbiddenDomainHost(resolved,options||{},resolvedSchemeHandler,resolvedHostIsIP)){throw new Error(MALFORMED_HOST_ERROR)}canonicalizeHost(resolved,options||{},resolvedSchemeHandler,resolvedHostIsIP);const encodedASCIIHost=resolvedHost&&resolvedHost.indexOf("%")!==-1&&!/\P{ASCII}/u.test(resolvedHost);if(resolved.error&&!encodedASCIIHost){throw new Error(resolved.error)}schemelessOptions.skipEscape=true;return serialize(resolved,schemelessOptions)}function resolveComponent(base,relative,options,skipNormalization){const target={};if(!skipNormalization){base=parse(serialize(base,options),options);relative=parse(serialize(relative,options),options)}options=options||{};if(!options.tolerant&&relative.scheme){target.scheme=relative.scheme;target.userinfo=relative.userinfo;target.host=relative.host;target.port=relative.port;target.path=removeDotSegments(relative.path||"");target.query=relative.query}else{if(relative.userinfo!==undefined||relative.host!==undefined||relative.port!==undefined){target.userinfo=relative.userinfo;target.host=relative.host;target.port=relative.port;target.path=removeDotSegments(relative.path||"");target.query=relative.query}else{if(!relative.path){target.path=base.path;if(relative.query!==undefined){target.query=relative.query}else{target.query=base.query}}else{if(relative.path[0]==="/"){target.path=removeDotSegments(relative.path)}else{const baseHasAuthority=base.userinfo!==undefined||base.host!==undefined||base.port!==undefined;if(baseHasAuthority&&!base.path){target.path="/"+relative.path}else if(!base.path){target.path=relative.path}else{target.path=base.path.slice(0,base.path.lastIndexOf("/")+1)+relative.path}target.path=base.scheme===undefined&&!baseHasAuthority&&target.path[0]!=="/"?removeDotSegmentsRelative(target.path):removeDotSegments(target.path)}target.query=relative.query}target.userinfo=base.userinfo;target.host=base.host;target.port=base.port}target.scheme=base.scheme}target.fragment=relative.fragment;return target}function equal(uriA,uriB,options){const normalizedA=normalizeComparableURI(uriA,options);const normalizedB=normalizeComparableURI(uriB,options);return normalizedA!==undefined&&normalizedB!==undefined&&normalizedA===normalizedB}function serialize(cmpts,opts){const component={host:cmpts.host,scheme:cmpts.scheme,userinfo:cmpts.userinfo,port:cmpts.port,path:cmpts.path,query:cmpts.query,nid:cmpts.nid,nss:cmpts.nss,uuid:cmpts.uuid,fragment:cmpts.fragment,reference:cmpts.reference,resourceName:cmpts.resourceName,secure:cmpts.secure,error:""};const options=Object.assign({},opts);const uriTokens=[];if(component.scheme){component.scheme=validateScheme(component.scheme)}const schemeHandler=getSchemeHandler(options.scheme||component.scheme);if(schemeHandler&&schemeHandler.serialize)schemeHandler.serialize(component,options);const hasAuthority=component.userinfo!==undefined||component.host!==undefined||component.port!==undefined;const schemelessReference=(component.scheme===undefined||options.reference==="suffix")&&!hasAuthority;const pathNoScheme=!options.skipEscape&&schemelessReference;if(component.path!==undefined){if(!options.skipEscape){component.path=serializePathEncoding(component.path,pathNoScheme)}else{component.path=normalizePercentEncoding(component.path)}}if(options.reference!=="suffix"&&component.scheme){component.scheme=validateScheme(component.scheme);uriTokens.push(component.scheme,":")}const authority=recomposeAuthority(component);if(authority!==undefined){if(options.reference!=="suffix"){uriTokens.push("//")}uriTokens.push(authority);if(component.path&&component.path[0]!=="/"){uriTokens.push("/")}}if(component.path!==undefined){let s=component.path;if(!options.absolutePath&&(!schemeHandler||!schemeHandler.absolutePath)){s=schemelessReference&&s[0]!=="/"?removeDotSegmentsRelative(s):removeDotSegments(s)}if(schemelessReference){s=serializePathEncoding(s,true)}if(authority===undefined&&s[0]==="/"&&s[1]==="/"){s="/%2F"+s.slice(2)}uriTokens.push(s)}if(component.query!==undefined){uriTokens.push("?",encodeQuery(component.query))}if(component.fragment!==undefined){uriTokens.push("#",encodeFragment(component.fragment))}return uriTokens.join("")}const URI_PARSE=/^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u;const AUTHORITY_PREFIX=/^(?:[^#/:?]+:)?\/\/([^/?#]*)/;const AUTHORITY_INTRODUCER_REGION=/^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;function getParseError(parsed,matches){if(matches[2]!==undefined&&parsed.path&&parsed.path[0]!=="/"){return'URI path must start with "/" when authority is present.'}if(typeof parsed.port==="number"&&(parsed.port<0||parsed.port>65535)){return"URI port is malformed."}return undefined}function hasMalformedPercentEncoding(component){if(component===undefined)return false;let percent=component.indexOf("%");while(percent!==-1){if(percent+2>=component.length||!/^[\da-f]{2}$/iu.test(component.slice(percent+1,percent+3))){return true}percent=component.indexOf("%",percent+3)}return false}function isIPLiteral(host){return host[0]==="["&&host[host.length-1]==="]"}function hasMalformedComponentPercentEncoding(matches){const host=matches[4];return hasMalformedPercentEncoding(matches[3])||host!==undefined&&!isIPLiteral(host)&&hasMalformedPercentEncoding(host)||hasMalformedPercentEncoding(matches[6])||hasMalformedPercentEncoding(matches[7])||hasMalformedPercentEncoding(matches[8])}function canonicalizeHost(parsed,options,schemeHandler,isIP){if(hasForbiddenDomainHost(parsed,options,schemeHandler,isIP)){parsed.error=parsed.error||MALFORMED_HOST_ERROR;return true}if(!options.unicodeSupport&&(!schemeHandler||!schemeHandler.unicodeSupport)&&parsed.host&&!isIPLiteral(parsed.host)&&(options.domainHost||schemeHandler&&schemeHandler.domainHost)&&isIP===false&&nonSimpleDomain(parsed.host)){let url;try{url=new URL("http://"+parsed.host)}catch(e){parsed.error=parsed.error||"Host's domain name can not be converted to ASCII: "+e;return true}if(!isHostOnlyURL(url)){parsed.error=parsed.error||MALFORMED_HOST_ERROR;return true}parsed.host=url.hostname}return false}function hasForbiddenDomainHost(parsed,options,schemeHandler,isIP){return Boolean(parsed.host&&isIP===false&&!isIPLiteral(parsed.host)&&(options.domainHost||schemeHandler&&schemeHandler.domainHost)&&FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host))}function isHostOnlyURL(url){return url.username===""&&url.password===""&&url.port===""&&url.pathname==="/"&&url.search===""&&url.hash===""&&url.hostname!==""}function parseWithStatus(uri,opts){const options=Object.assign({},opts);const parsed={scheme:undefined,userinfo:undefined,host:"",port:undefined,path:"",query:undefined,fragment:undefined};let malformedAuthorityOrPort=false;let malformedPercentEncoding=false;let malformedSchemeSpecific=false;let malformedHost=false;let malformedIPLiteral=false;let malformedScheme=false;let isIP=false;if(options.reference==="suffix"){if(options.scheme){uri=options.scheme+":"+uri}else{uri="//"+uri}}const authorityMatch=uri.match(AUTHORITY_PREFIX);if(authorityMatch!==null&&authorityMatch[1].indexOf("\\")!==-1){parsed.error="URI authority must not contain a literal backslash.";malformedAuthorityOrPort=true}const introducerMatch=uri.match(AUTHORITY_INTRODUCER_REGION);if(introducerMatch!==null){const region=introducerMatch[1];const normalizedRegion=region.replace(/[\t\n\r]/g,"");if(normalizedRegion.length>=2){if(normalizedRegion.slice(0,2)!=="//"){parsed.error=parsed.error||"URI authority must not contain a literal backslash.";malformedAuthorityOrPort=true}else if(region.length!==normalizedRegion.length){parsed.error=parsed.error||"URI authority introducer must not contain whitespace.";malformedAuthorityOrPort=true}}}const matches=uri.match(URI_PARSE);if(matches){parsed.scheme=matches[1];parsed.userinfo=matches[3];parsed.host=matches[4];parsed.port=parseInt(matches[5],10);parsed.path=matches[6]||"";parsed.query=matches[7];parsed.fragment=matches[8];if(parsed.scheme!==undefined){if(VALID_SCHEME.test(parsed.scheme)){parsed.scheme=parsed.scheme.toLowerCase()}else{parsed.error=parsed.error||MALFORMED_SCHEME_ERROR;malformedScheme=true}}malformedPercentEncoding=hasMalformedComponentPercentEncoding(matches);if(malformedPercentEncoding){parsed.error=parsed.error||"URI contains malformed percent-encoding."}if(isNaN(parsed.port)){parsed.port=matches[5]}const parseError=getParseError(parsed,matches);if(parseError!==undefined){parsed.error=parsed.error||parseError;malformedAuthorityOrPort=true}if(parsed.host){const ipv4result=isIPv4(parsed.host);if(ipv4result===false){const bracketedIPLiteral=isIPLiteral(parsed.host);const hasIPLiteralBracket=parsed.host.indexOf("[")!==-1||parsed.host.indexOf("]")!==-1;const ipv6result=normalizeIPv6(parsed.host);isIP=ipv6result.isIPV6||ipv6result.isIPVFuture===true;malformedIPLiteral=hasIPLiteralBracket&&(!bracketedIPLiteral||ipv6result.error===true);parsed.host=isIP?ipv6result.host:ipv6result.host.toLowerCase();if(malformedIPLiteral){parsed.error=parsed.error||MALFORMED_HOST_ERROR;malformedAuthorityOrPort=true}}else{isIP=true}}if(parsed.scheme===undefined&&parsed.userinfo===undefined&&parsed.host===undefined&&parsed.port===undefined&&parsed.query===undefined&&!parsed.path){parsed.reference="same-document"}else if(parsed.scheme===undefined){parsed.reference="relative"}else if(parsed.fragment===undefined){parsed.reference="absolute"}else{parsed.reference="uri"}if(options.reference&&options.reference!=="suffix"&&options.reference!==parsed.reference){parsed.error=parsed.error||"URI is not a "+options.reference+" reference."}const schemeHandler=getSchemeHandler(options.scheme||parsed.scheme);if(!malformedIPLiteral){malformedHost=canonicalizeHost(parsed,options,schemeHandler,isIP)}if(uri.indexOf("%")!==-1&&parsed.host!==undefined&&!malformedIPLiteral){let host=isIP?parsed.host:normalizePercentEncoding(parsed.host,true);if(!isIP){host=normalizePercentEncoding(host.toLowerCase())}parsed.host=isIP||options.scheme!=="null"?reescapeHostDelimiters(host,isIP):host}if(!schemeHandler||schemeHandler&&!schemeHandler.skipNormalize){if(parsed.path){parsed.path=normalizePathEncoding(parsed.path)}if(parsed.query){parsed.query=normalizeQueryFragmentEncoding(parsed.query)}if(parsed.fragment){parsed.fragment=normalizeQueryFragmentEncoding(parsed.fragment)}}if(schemeHandler&&schemeHandler.parse){schemeHandler.parse(parsed,options);if(schemeHandler===SCHEMES.urn&&parsed.nid===undefined){malformedSchemeSpecific=true}}}else{parsed.error=parsed.error||"URI can not be parsed."}return{parsed,malformedAuthorityOrPort,malformedPercentEncoding,malformedSchemeSpecific,malformedHost,malformedScheme}}function parse(uri,opts){return parseWithStatus(uri,opts).parsed}function normalizeString(uri,opts){return normalizeStringWithStatus(uri,opts).normalized}function normalizeStringWithStatus(uri,opts){const{parsed,malformedAuthorityOrPort,malformedPercentEncoding,malformedSchemeSpecific,malformedHost,malformedScheme}=parseWithStatus(uri,opts);return{normalized:malformedAuthorityOrPort||malformedPercentEncoding||malformedSchemeSpecific||malformedHost||malformedScheme?uri:serialize(parsed,opts),malformedAuthorityOrPort,malformedPercentEncoding,malformedSchemeSpecific,malformedHost,malformedScheme}}function normalizeComparableURI(uri,opts){if(typeof uri!=="string"&&typeof uri!=="object"){return undefined}let value;try{value=typeof uri==="string"?uri:serialize(uri,opts)}catch{return undefined}const{normalized,malformedAuthorityOrPort,malformedPercentEncoding,malformedSchemeSpecific,malformedHost,malformedScheme}=normalizeStringWithStatus(value,opts);return malformedAuthorityOrPort||malformedPercentEncoding||malformedSchemeSpecific||malformedHost||malformedScheme?undefined:normalized}const fastUri={SCHEMES,normalize,resolve,resolveComponent,equal,serialize,parse};module.exports=fastUri;module.exports["default"]=fastUri;module.exports.fastUri=fastUri}),75300:((module,__unused_webpack_exports,__webpack_require__)=>{const{isUUID}=__webpack_require__(15077);const URN_REG=/^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu;const supportedSchemeNames=["http","https","ws","wss","urn","urn:uuid"];function isValidSchemeName(name){return supportedSchemeNames.indexOf(name)!==-1}function wsIsSecure(wsComponent){if(wsComponent.secure===true){return true}else if(wsComponent.secure===false){return false}else if(wsComponent.scheme){return wsComponent.scheme.length===3&&(wsComponent.scheme[0]==="w"||wsComponent.scheme[0]==="W")&&(wsComponent.scheme[1]==="s"||wsComponent.scheme[1]==="S")&&(wsComponent.scheme[2]==="s"||wsComponent.scheme[2]==="S")}else{return false}}function httpParse(component){if(!component.host){component.error=component.error||"HTTP URIs must have a host."}return component}function httpSerialize(component){const secure=String(component.scheme).toLowerCase()==="https";if(component.port===(secure?443:80)||component.port===""){component.port=undefined}if(!component.path){component.path="/"}return component}function wsParse(wsComponent){wsComponent.secure=wsIsSecure(wsComponent);wsComponent.resourceName=(wsComponent.path||"/")+(wsComponent.query?"?"+wsComponent.query:"");wsComponent.path=undefined;wsComponent.query=undefined;return wsComponent}function wsSerialize(wsComponent){if(wsComponent.port===(wsIsSecure(wsComponent)?443:80)||wsComponent.port===""){wsComponent.port=undefined}if(typeof wsComponent.secure==="boolean"){wsComponent.scheme=wsComponent.secure?"wss":"ws";wsComponent.secure=undefined}if(wsComponent.resourceName){const queryIndex=wsComponent.resourceName.indexOf("?");const path=queryIndex===-1?wsComponent.resourceName:wsComponent.resourceName.slice(0,queryIndex);wsComponent.path=path&&path!=="/"?path:undefined;wsComponent.query=queryIndex===-1?undefined:wsComponent.resourceName.slice(queryIndex+1);wsComponent.resourceName=undefined}wsComponent.fragment=undefined;return wsComponent}function urnParse(urnComponent,options){if(!urnComponent.path){urnComponent.error="URN can not be parsed";return urnComponent}const matches=urnComponent.path.match(URN_REG);if(matches&&matches[0]===urnComponent.path){const scheme=options.scheme||urnComponent.scheme||"urn";urnComponent.nid=matches[1].toLowerCase();urnComponent.nss=matches[2];const urnScheme=`${scheme}:${options.nid||urnComponent.nid}`;const schemeHandler=getSchemeHandler(urnScheme);urnComponent.path=undefined;if(schemeHandler){urnComponent=schemeHandler.parse(urnComponent,options)}}else{urnComponent.error=urnComponent.error||"URN can not be parsed."}return urnComponent}function urnSerialize(urnComponent,options){if(urnComponent.nid===undefined){throw new Error("URN without nid cannot be serialized")}const scheme=options.scheme||urnComponent.scheme||"urn";const nid=urnComponent.nid.toLowerCase();const urnScheme=`${scheme}:${options.nid||nid}`;const schemeHandler=getSchemeHandler(urnScheme);if(schemeHandler){urnComponent=schemeHandler.serialize(urnComponent,options)}const uriComponent=urnComponent;const nss=urnComponent.nss;uriComponent.path=`${nid||options.nid}:${nss}`;options.skipEscape=true;return uriComponent}function urnuuidParse(urnComponent,options){const uuidComponent=urnComponent;uuidComponent.uuid=uuidComponent.nss;uuidComponent.nss=undefined;if(!options.tolerant&&(!uuidComponent.uuid||!isUUID(uuidComponent.uuid))){uuidComponent.error=uuidComponent.error||"UUID is not valid."}return uuidComponent}function urnuuidSerialize(uuidComponent){const urnComponent=uuidComponent;urnComponent.nss=(uuidComponent.uuid||"").toLowerCase();return urnComponent}const http={scheme:"http",domainHost:true,parse:httpParse,serialize:httpSerialize};const https={scheme:"https",domainHost:http.domainHost,parse:httpParse,serialize:httpSerialize};const ws={scheme:"ws",domainHost:true,parse:wsParse,serialize:wsSerialize};const wss={scheme:"wss",domainHost:ws.domainHost,parse:ws.parse,serialize:ws.serialize};const urn={scheme:"urn",parse:urnParse,serialize:urnSerialize,skipNormalize:true};const urnuuid={scheme:"urn:uuid",parse:urnuuidParse,serialize:urnuuidSerialize,skipNormalize:true};const SCHEMES={http,https,ws,wss,urn,"urn:uuid":urnuuid};Object.setPrototypeOf(SCHEMES,null);function getSchemeHandler(scheme){return scheme&&(SCHEMES[scheme]||SCHEMES[scheme.toLowerCase()])||undefined}module.exports={wsIsSecure,SCHEMES,isValidSchemeName,getSchemeHandler}}),15077:(module=>{const isUUID=RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);const isIPv4=RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);const isPort=RegExp.prototype.test.bind(/^\d*$/u);const isHexPair=RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);const isUnreserved=RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);const isPathCharacter=RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);const isQueryFragmentCharacter=RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);const isUserinfoCharacter=RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);const BYTE_HEX=new Array(256);{const HEX_DIGITS="0123456789ABCDEF";for(let i=0;i<256;i++){BYTE_HEX[i]="%"+HEX_DIGITS[i>>4]+HEX_DIGITS[i&15]}}function percentEncodeNonAscii(cp){if(cp<2048){return BYTE_HEX[192|cp>>6]+BYTE_HEX[128|cp&63]}if(cp<65536){return BYTE_HEX[224|cp>>12]+BYTE_HEX[128|cp>>6&63]+BYTE_HEX[128|cp&63]}return BYTE_HEX[240|cp>>18]+BYTE_HEX[128|cp>>12&63]+BYTE_HEX[128|cp>>6&63]+BYTE_HEX[128|cp&63]}function stringArrayToHexStripped(input){let acc="";let code=0;let i=0;for(i=0;i<input.length;i++){code=input[i].charCodeAt(0);if(code===48){continue}if(!(code>=48&&code<=57||code>=65&&code<=70||code>=97&&code<=102)){return""}acc+=input[i];break}for(i+=1;i<input.length;i++){code=input[i].charCodeAt(0);if(!(code>=48&&code<=57||code>=65&&code<=70||code>=97&&code<=102)){return""}acc+=input[i]}return acc}const isHextet=RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/);const isIPvFuture=RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/);const isZoneCharacter=RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/);const nonSimpleDomain=RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);function isZoneIdentifier(zone){if(zone.length===0)return false;for(let i=0;i<zone.length;i++){if(isZoneCharacter(zone[i]))continue;if(zone[i]==="%"&&i+2<zone.length&&isHexPair(zone.slice(i+1,i+3))){i+=2;continue}return false}return true}function compressIPv6ZeroRun(hextets){let bestStart=-1;let bestLength=0;let runStart=-1;let runLength=0;for(let i=0;i<hextets.length;i++){if(hextets[i]==="0"){if(runStart===-1)runStart=i;runLength++;if(runLength>bestLength){bestLength=runLength;bestStart=runStart}}else{runStart=-1;runLength=0}}if(bestLength<2)return hextets.join(":");const head=hextets.slice(0,bestStart).join(":");const tail=hextets.slice(bestStart+bestLength).join(":");return head+"::"+tail}function normalizeIPv6Address(input){const compression=input.indexOf("::");if(compression!==-1&&input.indexOf("::",compression+1)!==-1)return undefined;const left=compression===-1?input.split(":"):input.slice(0,compression).split(":");const right=compression===-1?[]:input.slice(compression+2).split(":");if(compression!==-1){if(left.length===1&&left[0]==="")left.length=0;if(right.length===1&&right[0]==="")right.length=0}const parts=left.concat(right);let hextetCount=0;for(let i=0;i<parts.length;i++){const part=parts[i];if(part==="")return undefined;if(part.indexOf(".")!==-1){if(i!==parts.length-1||compression!==-1&&right.length===0||!isIPv4(part))return undefined;hextetCount+=2;continue}if(!isHextet(part))return undefined;parts[i]=parseInt(part,16).toString(16);hextetCount++}if(compression===-1){if(hextetCount!==8)return undefined;return compressIPv6ZeroRun(parts)}if(hextetCount>=8)return undefined;const expanded=parts.slice(0,left.length);for(let i=hextetCount;i<8;i++)expanded.push("0");for(let i=left.length;i<parts.length;i++)expanded.push(parts[i]);return compressIPv6ZeroRun(expanded)}function normalizeIPv6(host){const bracketed=host[0]==="["&&host[host.length-1]==="]";const hasBracket=host[0]==="["||host[host.length-1]==="]";if(hasBracket&&!bracketed)return{host,isIPV6:false,error:true};let input=bracketed?host.slice(1,-1):host;if(bracketed&&isIPvFuture(input)){input=input.toLowerCase();return{host:`[${input}]`,escapedHost:input,isIPV6:false,isIPVFuture:true}}if(findToken(input,":")<2){return{host,isIPV6:false,error:bracketed}}let zoneIdentifier="";const zoneSeparator=input.indexOf("%");if(zoneSeparator!==-1){const separatorLength=input.slice(zoneSeparator,zoneSeparator+3).toLowerCase()==="%25"?3:1;zoneIdentifier=input.slice(zoneSeparator+separatorLength);if(!isZoneIdentifier(zoneIdentifier))return{host,isIPV6:false,error:true};input=input.slice(0,zoneSeparator)}const address=normalizeIPv6Address(input);if(address===undefined)return{host,isIPV6:false,error:true};return{host:address+(zoneIdentifier?"%"+zoneIdentifier:""),escapedHost:address+(zoneIdentifier?"%25"+zoneIdentifier:""),isIPV6:true}}function findToken(str,token){let ind=0;for(let i=0;i<str.length;i++){if(str[i]===token)ind++}return ind}function removeDotSegments(path){let input=path;const output=[];let nextSlash=-1;let len=0;while(len=input.length){if(len===1){if(input==="."){break}else if(input==="/"){output.push("/");break}else{output.push(input);break}}else if(len===2){if(input[0]==="."){if(input[1]==="."){break}else if(input[1]==="/"){input=input.slice(2);continue}}else if(input[0]==="/"){if(input[1]==="."||input[1]==="/"){output.push("/");break}}}else if(len===3){if(input==="/.."){if(output.length!==0){output.pop()}output.push("/");break}}if(input[0]==="."){if(input[1]==="."){if(input[2]==="/"){input=input.slice(3);continue}}else if(input[1]==="/"){input=input.slice(2);continue}}else if(input[0]==="/"){if(input[1]==="."){if(input[2]==="/"){input=input.slice(2);continue}else if(input[2]==="."){if(input[3]==="/"){input=input.slice(3);if(output.length!==0){output.pop()}continue}}}}if((nextSlash=input.indexOf("/",1))===-1){output.push(input);break}else{output.push(input.slice(0,nextSlash));input=input.slice(nextSlash)}}return output.join("")}function removeDotSegmentsRelative(path){if(path===""||path[0]==="/"){return removeDotSegments(path)}const segments=path.split("/");const last=segments.length-1;const output=[];let trailingDirectory=false;for(let i=0;i<=last;i++){const segment=segments[i];if(segment==="."||segment===".."){if(segment===".."){if(output.length!==0&&output[output.length-1]!==".."){output.pop()}else{output.push("..")}}trailingDirectory=i===last}else{output.push(segment)}}if(trailingDirectory&&output[output.length-1]!==".."){output.push("")}if(output.length===0||output[0]===""||output[0].includes(":")){output.unshift(".")}return output.join("/")}const HOST_DELIMS={"@":"%40","/":"%2F","?":"%3F","#":"%23",":":"%3A"};const HOST_DELIM_RE=/[@/?#:]/g;const HOST_DELIM_NO_COLON_RE=/[@/?#]/g;function reescapeHostDelimiters(host,isIP){const re=isIP?HOST_DELIM_NO_COLON_RE:HOST_DELIM_RE;re.lastIndex=0;return host.replace(re,ch=>HOST_DELIMS[ch])}function normalizePercentEncoding(input,decodeUnreserved=false){if(input.indexOf("%")===-1){return input}let output="";for(let i=0;i<input.length;i++){if(input[i]==="%"&&i+2<input.length){const hex=input.slice(i+1,i+3);if(isHexPair(hex)){const normalizedHex=hex.toUpperCase();const decoded=String.fromCharCode(parseInt(normalizedHex,16));if(decodeUnreserved&&isUnreserved(decoded)){output+=decoded}else{output+="%"+normalizedHex}i+=2;continue}}output+=input[i]}return output}function normalizePathEncoding(input){let output="";for(let i=0;i<input.length;i++){const ch=input[i];if(ch==="%"&&i+2<input.length){const hex=input.slice(i+1,i+3);if(isHexPair(hex)){const normalizedHex=hex.toUpperCase();const decoded=String.fromCharCode(parseInt(normalizedHex,16));if(decoded!=="."&&isUnreserved(decoded)){output+=decoded}else{output+="%"+normalizedHex}i+=2;continue}}if(isPathCharacter(ch)){output+=ch}else{const code=input.charCodeAt(i);if(code<128){output+=isEscapeSafe(code)?ch:BYTE_HEX[code]}else if(code<55296||code>57343){output+=percentEncodeNonAscii(code)}else if(code<=56319&&i+1<input.length){const low=input.charCodeAt(i+1);if(low>=56320&&low<=57343){output+=percentEncodeNonAscii(65536+(code-55296<<10)+(low-56320));i++}else{output+=percentEncodeNonAscii(65533)}}else{output+=percentEncodeNonAscii(65533)}}}return output}function serializePathEncoding(input,pathNoScheme=false){let output="";let firstSegment=pathNoScheme&&input[0]!=="/";for(let i=0;i<input.length;i++){const ch=input[i];if(ch==="%"&&i+2<input.length){const hex=input.slice(i+1,i+3);if(isHexPair(hex)){output+="%"+hex.toUpperCase();i+=2;continue}}if(ch==="/"){firstSegment=false}if(isPathCharacter(ch)&&(ch!==":"||!firstSegment)){output+=ch}else{const code=input.charCodeAt(i);if(code<128){output+=BYTE_HEX[code]}else if(code<55296||code>57343){output+=percentEncodeNonAscii(code)}else if(code<=56319&&i+1<input.length){const low=input.charCodeAt(i+1);if(low>=56320&&low<=57343){output+=percentEncodeNonAscii(65536+(code-55296<<10)+(low-56320));i++}else{output+=percentEncodeNonAscii(65533)}}else{output+=percentEncodeNonAscii(65533)}}}return output}function encodeComponent(input,isAllowed){let output="";for(let i=0;i<input.length;i++){const ch=input[i];if(ch==="%"&&i+2<input.length){const hex=input.slice(i+1,i+3);if(isHexPair(hex)){output+="%"+hex.toUpperCase();i+=2;continue}}if(isAllowed(ch)){output+=ch}else{const code=input.charCodeAt(i);if(code<128){output+=BYTE_HEX[code]}else if(code<55296||code>57343){output+=percentEncodeNonAscii(code)}else if(code<=56319&&i+1<input.length){const low=input.charCodeAt(i+1);if(low>=56320&&low<=57343){output+=percentEncodeNonAscii(65536+(code-55296<<10)+(low-56320));i++}else{output+=percentEncodeNonAscii(65533)}}else{output+=percentEncodeNonAscii(65533)}}}return output}function encodeUserinfo(input){return encodeComponent(input,isUserinfoCharacter)}function encodeQuery(input){return encodeComponent(input,isQueryFragmentCharacter)}function encodeFragment(input){return encodeComponent(input,isQueryFragmentCharacter)}function isEscapeSafe(cp){return cp>=48&&cp<=57||cp>=65&&cp<=90||cp>=97&&cp<=122||cp===42||cp===43||cp===45||cp===46||cp===47||cp===64||cp===95}function normalizeQueryFragmentEncoding(input){let output="";for(let i=0;i<input.length;i++){const ch=input[i];if(ch==="%"&&i+2<input.length){const hex=input.slice(i+1,i+3);if(isHexPair(hex)){const normalizedHex=hex.toUpperCase();const decoded=String.fromCharCode(parseInt(normalizedHex,16));if(isUnreserved(decoded)){output+=decoded}else{output+="%"+normalizedHex}i+=2;continue}}if(isQueryFragmentCharacter(ch)){output+=ch}else{const code=input.charCodeAt(i);if(code<128){output+=isEscapeSafe(code)?ch:BYTE_HEX[code]}else if(code<55296||code>57343){output+=percentEncodeNonAscii(code)}else if(code<=56319&&i+1<input.length){const low=input.charCodeAt(i+1);if(low>=56320&&low<=57343){output+=percentEncodeNonAscii(65536+(code-55296<<10)+(low-56320));i++}else{output+=percentEncodeNonAscii(65533)}}else{output+=percentEncodeNonAscii(65533)}}}return output}function escapePreservingEscapes(input){let output="";for(let i=0;i<input.length;i++){if(input[i]==="%"&&i+2<input.length){const hex=input.slice(i+1,i+3);if(isHexPair(hex)){output+="%"+hex.toUpperCase();i+=2;continue}}output+=escape(input[i])}return output}function recomposeAuthority(component){const uriTokens=[];if(component.userinfo!==undefined){uriTokens.push(encodeUserinfo(component.userinfo));uriTokens.push("@")}if(component.host!==undefined){let host=component.host;if(!isIPv4(host)){let ipV6res=normalizeIPv6(host);if(ipV6res.isIPV6!==true&&ipV6res.isIPVFuture!==true){host=normalizePercentEncoding(host,true);ipV6res=normalizeIPv6(host)}if(ipV6res.isIPV6===true||ipV6res.isIPVFuture===true){host=`[${ipV6res.escapedHost}]`}else{host=reescapeHostDelimiters(host,false)}}uriTokens.push(host)}if(typeof component.port==="number"||typeof component.port==="string"){const port=String(component.port);if(!isPort(port)){throw new TypeError("URI port is malformed.")}uriTokens.push(":");uriTokens.push(port)}return uriTokens.length?uriTokens.join(""):undefined};module.exports={nonSimpleDomain,recomposeAuthority,reescapeHostDelimiters,normalizePercentEncoding,normalizePathEncoding,serializePathEncoding,normalizeQueryFragmentEncoding,encodeUserinfo,encodeQuery,encodeFragment,escapePreservingEscapes,removeDotSegments,removeDotSegmentsRelative,isIPv4,isUUID,normalizeIPv6,stringArrayToHexStripped}}),57349:((__unused_webpack_module,exports,__webpack_require__)=>{var identity=__webpack_require__(41127);var Scalar=__webpack_require__(63301);var YAMLMap=__webpack_require__(84454);var YAMLSeq=__webpack_require__(92223);var resolveBlockMap=__webpack_require__(87103);var resolveBlockSeq=__webpack_require__(90334);var resolveFlowCollection=__webpack_require__(13142);function resolveCollection(CN,ctx,token,onError,tagName,tag){const coll=token.type==="block-map"?resolveBlockMap.resolveBlockMap(CN,ctx,token,onError,tag):token.type==="block-seq"?resolveBlockSeq.resolveBlockSeq(CN,ctx,token,onError,tag):resolveFlowCollection.resolveFlowCollection(CN,ctx,token,onError,tag);const Coll=coll.constructor;if(tagName==="!"||tagName===Coll.tagName){coll.tag=Coll.tagName;return coll}if(tagName)coll.tag=tagName;return coll}function composeCollection(CN,ctx,token,props,onError){const tagToken=props.tag;const tagName=!tagToken?null:ctx.directives.tagName(tagToken.source,msg=>onError(tagToken,"TAG_RESOLVE_FAILED",msg));if(token.type==="block-seq"){const{anchor,newlineAfterProp:nl}=props;const lastProp=anchor&&tagToken?anchor.offset>tagToken.offset?anchor:tagToken:anchor??tagToken;if(lastProp&&(!nl||nl.offset<lastProp.offset)){const message="Missing newline after block sequence props";onError(lastProp,"MISSING_CHAR",message)}}const expType=token.type==="block-map"?"map":token.type==="block-seq"?"seq":token.start.source==="{"?"map":"seq";if(!tagToken||!tagName||tagName==="!"||tagName===YAMLMap.YAMLMap.tagName&&expType==="map"||tagName===YAMLSeq.YAMLSeq.tagName&&expType==="seq"){return resolveCollection(CN,ctx,token,onError,tagName)}let tag=ctx.schema.tags.find(t=>t.tag===tagName&&t.collection===expType);if(!tag){const kt=ctx.schema.knownTags[tagName];if(kt?.collection===expType){ctx.schema.tags.push(Object.assign({},kt,{default:false}));tag=kt}else{if(kt){onError(tagToken,"BAD_COLLECTION_TYPE",`${kt.tag} used for ${expType} collection, but expects ${kt.collection??"scalar"}`,true)}else{onError(tagToken,"TAG_RESOLVE_FAILED",`Unresolved tag: ${tagName}`,true)}return resolveCollection(CN,ctx,token,onError,tagName)}}const coll=resolveCollection(CN,ctx,token,onError,tagName,tag);const res=tag.resolve?.(coll,msg=>onError(tagToken,"TAG_RESOLVE_FAILED",msg),ctx.options)??coll;const node=identity.isNode(res)?res:new Scalar.Scalar(res);node.range=coll.range;node.tag=tagName;if(tag?.format)node.format=tag.format;return node}exports.composeCollection=composeCollection}),23683:((__unused_webpack_module,exports,__webpack_require__)=>{var Document=__webpack_require__(3021);var composeNode=__webpack_require__(45937);var resolveEnd=__webpack_require__(17788);var resolveProps=__webpack_require__(34631);function composeDoc(options,directives,{offset,start,value,end},onError){const opts=Object.assign({_directives:directives},options);const doc=new Document.Document(undefined,opts);const ctx={atKey:false,atRoot:true,directives:doc.directives,options:doc.options,schema:doc.schema};const props=resolveProps.resolveProps(start,{indicator:"doc-start",next:value??end?.[0],offset,onError,parentIndent:0,startOnNewline:true});if(props.found){doc.directives.docStart=true;if(value&&(value.type==="block-map"||value.type==="block-seq")&&!props.hasNewline)onError(props.end,"MISSING_CHAR","Block collection cannot start on same line with directives-end marker")}doc.contents=value?composeNode.composeNode(ctx,value,props,onError):composeNode.composeEmptyNode(ctx,props.end,start,null,props,onError);const contentEnd=doc.contents.range[2];const re=resolveEnd.resolveEnd(end,contentEnd,false,onError);if(re.comment)doc.comment=re.comment;doc.range=[offset,contentEnd,re.offset];return doc}exports.composeDoc=composeDoc}),45937:((__unused_webpack_module,exports,__webpack_require__)=>{var Alias=__webpack_require__(4065);var identity=__webpack_require__(41127);var composeCollection=__webpack_require__(57349);var composeScalar=__webpack_require__(5413);var resolveEnd=__webpack_require__(17788);var utilEmptyScalarPosition=__webpack_require__(22599);const CN={composeNode,composeEmptyNode};function composeNode(ctx,token,props,onError){const atKey=ctx.atKey;const{spaceBefore,comment,anchor,tag}=props;let node;let isSrcToken=true;switch(token.type){case"alias":node=composeAlias(ctx,token,onError);if(anchor||tag)onError(token,"ALIAS_PROPS","An alias node must not specify any properties");break;case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":case"block-scalar":node=composeScalar.composeScalar(ctx,token,tag,onError);if(anchor)node.anchor=anchor.source.substring(1);break;case"block-map":case"block-seq":case"flow-collection":try{node=composeCollection.composeCollection(CN,ctx,token,props,onError);if(anchor)node.anchor=anchor.source.substring(1)}catch(error){const message=error instanceof Error?error.message:String(error);onError(token,"RESOURCE_EXHAUSTION",message)}break;default:{const message=token.type==="error"?token.message:`Unsupported token (type: ${token.type})`;onError(token,"UNEXPECTED_TOKEN",message);isSrcToken=false}}node??(node=composeEmptyNode(ctx,token.offset,undefined,null,props,onError));if(anchor&&node.anchor==="")onError(anchor,"BAD_ALIAS","Anchor cannot be an empty string");if(atKey&&ctx.options.stringKeys&&(!identity.isScalar(node)||typeof node.value!=="string"||node.tag&&node.tag!=="tag:yaml.org,2002:str")){const msg="With stringKeys, all keys must be strings";onError(tag??token,"NON_STRING_KEY",msg)}if(spaceBefore)node.spaceBefore=true;if(comment){if(token.type==="scalar"&&token.source==="")node.comment=comment;else node.commentBefore=comment}if(ctx.options.keepSourceTokens&&isSrcToken)node.srcToken=token;return node}function composeEmptyNode(ctx,offset,before,pos,{spaceBefore,comment,anchor,tag,end},onError){const token={type:"scalar",offset:utilEmptyScalarPosition.emptyScalarPosition(offset,before,pos),indent:-1,source:""};const node=composeScalar.composeScalar(ctx,token,tag,onError);if(anchor){node.anchor=anchor.source.substring(1);if(node.anchor==="")onError(anchor,"BAD_ALIAS","Anchor cannot be an empty string")}if(spaceBefore)node.spaceBefore=true;if(comment){node.comment=comment;node.range[2]=end}return node}function composeAlias({options},{offset,source,end},onError){const alias=new Alias.Alias(source.substring(1));if(alias.source==="")onError(offset,"BAD_ALIAS","Alias cannot be an empty string");if(alias.source.endsWith(":"))onError(offset+source.length-1,"BAD_ALIAS","Alias ending in : is ambiguous",true);const valueEnd=offset+source.length;const re=resolveEnd.resolveEnd(end,valueEnd,options.strict,onError);alias.range=[offset,valueEnd,re.offset];if(re.comment)alias.comment=re.comment;return alias}exports.composeEmptyNode=composeEmptyNode;exports.composeNode=composeNode}),5413:((__unused_webpack_module,exports,__webpack_require__)=>{var identity=__webpack_require__(41127);var Scalar=__webpack_require__(63301);var resolveBlockScalar=__webpack_require__(48913);var resolveFlowScalar=__webpack_require__(76842);function composeScalar(ctx,token,tagToken,onError){const{value,type,comment,range}=token.type==="block-scalar"?resolveBlockScalar.resolveBlockScalar(ctx,token,onError):resolveFlowScalar.resolveFlowScalar(token,ctx.options.strict,onError);const tagName=tagToken?ctx.directives.tagName(tagToken.source,msg=>onError(tagToken,"TAG_RESOLVE_FAILED",msg)):null;let tag;if(ctx.options.stringKeys&&ctx.atKey){tag=ctx.schema[identity.SCALAR]}else if(tagName)tag=findScalarTagByName(ctx.schema,value,tagName,tagToken,onError);else if(token.type==="scalar")tag=findScalarTagByTest(ctx,value,token,onError);else tag=ctx.schema[identity.SCALAR];let scalar;try{const res=tag.resolve(value,msg=>onError(tagToken??token,"TAG_RESOLVE_FAILED",msg),ctx.options);scalar=identity.isScalar(res)?res:new Scalar.Scalar(res)}catch(error){const msg=error instanceof Error?error.message:String(error);onError(tagToken??token,"TAG_RESOLVE_FAILED",msg);scalar=new Scalar.Scalar(value)}scalar.range=range;scalar.source=value;if(type)scalar.type=type;if(tagName)scalar.tag=tagName;if(tag.format)scalar.format=tag.format;if(comment)scalar.comment=comment;return scalar}function findScalarTagByName(schema,value,tagName,tagToken,onError){if(tagName==="!")return schema[identity.SCALAR];const matchWithTest=[];for(const tag of schema.tags){if(!tag.collection&&tag.tag===tagName){if(tag.default&&tag.test)matchWithTest.push(tag);else return tag}}for(const tag of matchWithTest)if(tag.test?.test(value))return tag;const kt=schema.knownTags[tagName];if(kt&&!kt.collection){schema.tags.push(Object.assign({},kt,{default:false,test:undefined}));return kt}onError(tagToken,"TAG_RESOLVE_FAILED",`Unresolved tag: ${tagName}`,tagName!=="tag:yaml.org,2002:str");return schema[identity.SCALAR]}function findScalarTagByTest({atKey,directives,schema},value,token,onError){const tag=schema.tags.find(tag=>(tag.default===true||atKey&&tag.default==="key")&&tag.test?.test(value))||schema[identity.SCALAR];if(schema.compat){const compat=schema.compat.find(tag=>tag.default&&tag.test?.test(value))??schema[identity.SCALAR];if(tag.tag!==compat.tag){const ts=directives.tagString(tag.tag);const cs=directives.tagString(compat.tag);const msg=`Value may be parsed as either ${ts} or ${cs}`;onError(token,"TAG_RESOLVE_FAILED",msg,true)}}return tag}exports.composeScalar=composeScalar}),89984:((__unused_webpack_module,exports,__webpack_require__)=>{var node_process=__webpack_require__(932);var directives=__webpack_require__(61342);var Document=__webpack_require__(3021);var errors=__webpack_require__(91464);var identity=__webpack_require__(41127);var composeDoc=__webpack_require__(23683);var resolveEnd=__webpack_require__(17788);function getErrorPos(src){if(typeof src==="number")return[src,src+1];if(Array.isArray(src))return src.length===2?src:[src[0],src[1]];const{offset,source}=src;return[offset,offset+(typeof source==="string"?source.length:1)]}function parsePrelude(prelude){let comment="";let atComment=false;let afterEmptyLine=false;for(let i=0;i<prelude.length;++i){const source=prelude[i];switch(source[0]){case"#":comment+=(comment===""?"":afterEmptyLine?"\n\n":"\n")+(source.substring(1)||" ");atComment=true;afterEmptyLine=false;break;case"%":if(prelude[i+1]?.[0]!=="#")i+=1;atComment=false;break;default:if(!atComment)afterEmptyLine=true;atComment=false}}return{comment,afterEmptyLine}}class Composer{constructor(options={}){this.doc=null;this.atDirectives=false;this.prelude=[];this.errors=[];this.warnings=[];this.onError=(source,code,message,warning)=>{const pos=getErrorPos(source);if(warning)this.warnings.push(new errors.YAMLWarning(pos,code,message));else this.errors.push(new errors.YAMLParseError(pos,code,message))};this.directives=new directives.Directives({version:options.version||"1.2"});this.options=options}decorate(doc,afterDoc){const{comment,afterEmptyLine}=parsePrelude(this.prelude);if(comment){const dc=doc.contents;if(afterDoc){doc.comment=doc.comment?`${doc.comment}
${comment}`:comment}else if(afterEmptyLine||doc.directives.docStart||!dc){doc.commentBefore=comment}else if(identity.isCollection(dc)&&!dc.flow&&dc.items.length>0){let it=dc.items[0];if(identity.isPair(it))it=it.key;const cb=it.commentBefore;it.commentBefore=cb?`${comment}
${cb}`:comment}else{const cb=dc.commentBefore;dc.commentBefore=cb?`${comment}
${cb}`:comment}}if(afterDoc){for(let i=0;i<this.errors.length;++i)doc.errors.push(this.errors[i]);for(let i=0;i<this.warnings.length;++i)doc.warnings.push(this.warnings[i])}else{doc.errors=this.errors;doc.warnings=this.warnings}this.prelude=[];this.errors=[];this.warnings=[]}streamInfo(){return{comment:parsePrelude(this.prelude).comment,directives:this.directives,errors:this.errors,warnings:this.warnings}}*compose(tokens,forceDoc=false,endOffset=-1){for(const token of tokens)yield*this.next(token);yield*this.end(forceDoc,endOffset)}*next(token){if(node_process.env.LOG_STREAM)console.dir(token,{depth:null});switch(token.type){case"directive":this.directives.add(token.source,(offset,message,warning)=>{const pos=getErrorPos(token);pos[0]+=offset;this.onError(pos,"BAD_DIRECTIVE",message,warning)});this.prelude.push(token.source);this.atDirectives=true;break;case"document":{const doc=composeDoc.composeDoc(this.options,this.directives,token,this.onError);if(this.atDirectives&&!doc.directives.docStart)this.onError(token,"MISSING_CHAR","Missing directives-end/doc-start indicator line");this.decorate(doc,false);if(this.doc)yield this.doc;this.doc=doc;this.atDirectives=false;break}case"byte-order-mark":case"space":break;case"comment":case"newline":this.prelude.push(token.source);break;case"error":{const msg=token.source?`${token.message}: ${JSON.stringify(token.source)}`:token.message;const error=new errors.YAMLParseError(getErrorPos(token),"UNEXPECTED_TOKEN",msg);if(this.atDirectives||!this.doc)this.errors.push(error);else this.doc.errors.push(error);break}case"doc-end":{if(!this.doc){const msg="Unexpected doc-end without preceding document";this.errors.push(new errors.YAMLParseError(getErrorPos(token),"UNEXPECTED_TOKEN",msg));break}this.doc.directives.docEnd=true;const end=resolveEnd.resolveEnd(token.end,token.offset+token.source.length,this.doc.options.strict,this.onError);this.decorate(this.doc,true);if(end.comment){const dc=this.doc.comment;this.doc.comment=dc?`${dc}
${end.comment}`:end.comment}this.doc.range[2]=end.offset;break}default:this.errors.push(new errors.YAMLParseError(getErrorPos(token),"UNEXPECTED_TOKEN",`Unsupported token ${token.type}`))}}*end(forceDoc=false,endOffset=-1){if(this.doc){this.decorate(this.doc,true);yield this.doc;this.doc=null}else if(forceDoc){const opts=Object.assign({_directives:this.directives},this.options);const doc=new Document.Document(undefined,opts);if(this.atDirectives)this.onError(endOffset,"MISSING_CHAR","Missing directives-end indicator line");doc.range=[0,endOffset,endOffset];this.decorate(doc,false);yield doc}}}exports.Composer=Composer}),87103:((__unused_webpack_module,exports,__webpack_require__)=>{var Pair=__webpack_require__(57165);var YAMLMap=__webpack_require__(84454);var resolveProps=__webpack_require__(34631);var utilContainsNewline=__webpack_require__(9499);var utilFlowIndentCheck=__webpack_require__(74051);var utilMapIncludes=__webpack_require__(81187);const startColMsg="All mapping items must start at the same column";function resolveBlockMap({composeNode,composeEmptyNode},ctx,bm,onError,tag){const NodeClass=tag?.nodeClass??YAMLMap.YAMLMap;const map=new NodeClass(ctx.schema);if(ctx.atRoot)ctx.atRoot=false;let offset=bm.offset;let commentEnd=null;for(const collItem of bm.items){const{start,key,sep,value}=collItem;const keyProps=resolveProps.resolveProps(start,{indicator:"explicit-key-ind",next:key??sep?.[0],offset,onError,parentIndent:bm.indent,startOnNewline:true});const implicitKey=!keyProps.found;if(implicitKey){if(key){if(key.type==="block-seq")onError(offset,"BLOCK_AS_IMPLICIT_KEY","A block sequence may not be used as an implicit map key");else if("indent"in key&&key.indent!==bm.indent)onError(offset,"BAD_INDENT",startColMsg)}if(!keyProps.anchor&&!keyProps.tag&&!sep){commentEnd=keyProps.end;if(keyProps.comment){if(map.comment)map.comment+="\n"+keyProps.comment;else map.comment=keyProps.comment}continue}if(keyProps.newlineAfterProp||utilContainsNewline.containsNewline(key)){onError(key??start[start.length-1],"MULTILINE_IMPLICIT_KEY","Implicit keys need to be on a single line")}}else if(keyProps.found?.indent!==bm.indent){onError(offset,"BAD_INDENT",startColMsg)}ctx.atKey=true;const keyStart=keyProps.end;const keyNode=key?composeNode(ctx,key,keyProps,onError):composeEmptyNode(ctx,keyStart,start,null,keyProps,onError);if(ctx.schema.compat)utilFlowIndentCheck.flowIndentCheck(bm.indent,key,onError);ctx.atKey=false;if(utilMapIncludes.mapIncludes(ctx,map.items,keyNode))onError(keyStart,"DUPLICATE_KEY","Map keys must be unique");const valueProps=resolveProps.resolveProps(sep??[],{indicator:"map-value-ind",next:value,offset:keyNode.range[2],onError,parentIndent:bm.indent,startOnNewline:!key||key.type==="block-scalar"});offset=valueProps.end;if(valueProps.found){if(implicitKey){if(value?.type==="block-map"&&!valueProps.hasNewline)onError(offset,"BLOCK_AS_IMPLICIT_KEY","Nested mappings are not allowed in compact mappings");if(ctx.options.strict&&keyProps.start<valueProps.found.offset-1024)onError(keyNode.range,"KEY_OVER_1024_CHARS","The : indicator must be at most 1024 chars after the start of an implicit block mapping key")}const valueNode=value?composeNode(ctx,value,valueProps,onError):composeEmptyNode(ctx,offset,sep,null,valueProps,onError);if(ctx.schema.compat)utilFlowIndentCheck.flowIndentCheck(bm.indent,value,onError);offset=valueNode.range[2];const pair=new Pair.Pair(keyNode,valueNode);if(ctx.options.keepSourceTokens)pair.srcToken=collItem;map.items.push(pair)}else{if(implicitKey)onError(keyNode.range,"MISSING_CHAR","Implicit map keys need to be followed by map values");if(valueProps.comment){if(keyNode.comment)keyNode.comment+="\n"+valueProps.comment;else keyNode.comment=valueProps.comment}const pair=new Pair.Pair(keyNode);if(ctx.options.keepSourceTokens)pair.srcToken=collItem;map.items.push(pair)}}if(commentEnd&&commentEnd<offset)onError(commentEnd,"IMPOSSIBLE","Map comment with trailing content");map.range=[bm.offset,offset,commentEnd??offset];return map}exports.resolveBlockMap=resolveBlockMap}),48913:((__unused_webpack_module,exports,__webpack_require__)=>{var Scalar=__webpack_require__(63301);function resolveBlockScalar(ctx,scalar,onError){const start=scalar.offset;const header=parseBlockScalarHeader(scalar,ctx.options.strict,onError);if(!header)return{value:"",type:null,comment:"",range:[start,start,start]};const type=header.mode===">"?Scalar.Scalar.BLOCK_FOLDED:Scalar.Scalar.BLOCK_LITERAL;const lines=scalar.source?splitLines(scalar.source):[];let chompStart=lines.length;for(let i=lines.length-1;i>=0;--i){const content=lines[i][1];if(content===""||content==="\r")chompStart=i;else break}if(chompStart===0){const value=header.chomp==="+"&&lines.length>0?"\n".repeat(Math.max(1,lines.length-1)):"";let end=start+header.length;if(scalar.source)end+=scalar.source.length;return{value,type,comment:header.comment,range:[start,end,end]}}let trimIndent=scalar.indent+header.indent;let offset=scalar.offset+header.length;let contentStart=0;for(let i=0;i<chompStart;++i){const[indent,content]=lines[i];if(content===""||content==="\r"){if(header.indent===0&&indent.length>trimIndent)trimIndent=indent.length}else{if(indent.length<trimIndent){const message="Block scalars with more-indented leading empty lines must use an explicit indentation indicator";onError(offset+indent.length,"MISSING_CHAR",message)}if(header.indent===0)trimIndent=indent.length;contentStart=i;if(trimIndent===0&&!ctx.atRoot){const message="Block scalar values in collections must be indented";onError(offset,"BAD_INDENT",message)}break}offset+=indent.length+content.length+1}for(let i=lines.length-1;i>=chompStart;--i){if(lines[i][0].length>trimIndent)chompStart=i+1}let value="";let sep="";let prevMoreIndented=false;for(let i=0;i<contentStart;++i)value+=lines[i][0].slice(trimIndent)+"\n";for(let i=contentStart;i<chompStart;++i){let[indent,content]=lines[i];offset+=indent.length+content.length+1;const crlf=content[content.length-1]==="\r";if(crlf)content=content.slice(0,-1);if(content&&indent.length<trimIndent){const src=header.indent?"explicit indentation indicator":"first line";const message=`Block scalar lines must not be less indented than their ${src}`;onError(offset-content.length-(crlf?2:1),"BAD_INDENT",message);indent=""}if(type===Scalar.Scalar.BLOCK_LITERAL){value+=sep+indent.slice(trimIndent)+content;sep="\n"}else if(indent.length>trimIndent||content[0]==="	"){if(sep===" ")sep="\n";else if(!prevMoreIndented&&sep==="\n")sep="\n\n";value+=sep+indent.slice(trimIndent)+content;sep="\n";prevMoreIndented=true}else if(content===""){if(sep==="\n")value+="\n";else sep="\n"}else{value+=sep+content;sep=" ";prevMoreIndented=false}}switch(header.chomp){case"-":break;case"+":for(let i=chompStart;i<lines.length;++i)value+="\n"+lines[i][0].slice(trimIndent);if(value[value.length-1]!=="\n")value+="\n";break;default:value+="\n"}const end=start+header.length+scalar.source.length;return{value,type,comment:header.comment,range:[start,end,end]}}function parseBlockScalarHeader({offset,props},strict,onError){if(props[0].type!=="block-scalar-header"){onError(props[0],"IMPOSSIBLE","Block scalar header not found");return null}const{source}=props[0];const mode=source[0];let indent=0;let chomp="";let error=-1;for(let i=1;i<source.length;++i){const ch=source[i];if(!chomp&&(ch==="-"||ch==="+"))chomp=ch;else{const n=Number(ch);if(!indent&&n)indent=n;else if(error===-1)error=offset+i}}if(error!==-1)onError(error,"UNEXPECTED_TOKEN",`Block scalar header includes extra characters: ${source}`);let hasSpace=false;let comment="";let length=source.length;for(let i=1;i<props.length;++i){const token=props[i];switch(token.type){case"space":hasSpace=true;case"newline":length+=token.source.length;break;case"comment":if(strict&&!hasSpace){const message="Comments must be separated from other tokens by white space characters";onError(token,"MISSING_CHAR",message)}length+=token.source.length;comment=token.source.substring(1);break;case"error":onError(token,"UNEXPECTED_TOKEN",token.message);length+=token.source.length;break;default:{const message=`Unexpected token in block scalar header: ${token.type}`;onError(token,"UNEXPECTED_TOKEN",message);const ts=token.source;if(ts&&typeof ts==="string")length+=ts.length}}}return{mode,indent,chomp,comment,length}}function splitLines(source){const split=source.split(/\n( *)/);const first=split[0];const m=first.match(/^( *)/);const line0=m?.[1]?[m[1],first.slice(m[1].length)]:["",first];const lines=[line0];for(let i=1;i<split.length;i+=2)lines.push([split[i],split[i+1]]);return lines}exports.resolveBlockScalar=resolveBlockScalar}),90334:((__unused_webpack_module,exports,__webpack_require__)=>{var YAMLSeq=__webpack_require__(92223);var resolveProps=__webpack_require__(34631);var utilFlowIndentCheck=__webpack_require__(74051);function resolveBlockSeq({composeNode,composeEmptyNode},ctx,bs,onError,tag){const NodeClass=tag?.nodeClass??YAMLSeq.YAMLSeq;const seq=new NodeClass(ctx.schema);if(ctx.atRoot)ctx.atRoot=false;if(ctx.atKey)ctx.atKey=false;let offset=bs.offset;let commentEnd=null;for(const{start,value}of bs.items){const props=resolveProps.resolveProps(start,{indicator:"seq-item-ind",next:value,offset,onError,parentIndent:bs.indent,startOnNewline:true});if(!props.found){if(props.anchor||props.tag||value){if(value?.type==="block-seq")onError(props.end,"BAD_INDENT","All sequence items must start at the same column");else onError(offset,"MISSING_CHAR","Sequence item without - indicator")}else{commentEnd=props.end;if(props.comment)seq.comment=props.comment;continue}}const node=value?composeNode(ctx,value,props,onError):composeEmptyNode(ctx,props.end,start,null,props,onError);if(ctx.schema.compat)utilFlowIndentCheck.flowIndentCheck(bs.indent,value,onError);offset=node.range[2];seq.items.push(node)}seq.range=[bs.offset,offset,commentEnd??offset];return seq}exports.resolveBlockSeq=resolveBlockSeq}),17788:((__unused_webpack_module,exports)=>{function resolveEnd(end,offset,reqSpace,onError){let comment="";if(end){let hasSpace=false;let sep="";for(const token of end){const{source,type}=token;switch(type){case"space":hasSpace=true;break;case"comment":{if(reqSpace&&!hasSpace)onError(token,"MISSING_CHAR","Comments must be separated from other tokens by white space characters");const cb=source.substring(1)||" ";if(!comment)comment=cb;else comment+=sep+cb;sep="";break}case"newline":if(comment)sep+=source;hasSpace=true;break;default:onError(token,"UNEXPECTED_TOKEN",`Unexpected ${type} at node end`)}offset+=source.length}}return{comment,offset}}exports.resolveEnd=resolveEnd}),13142:((__unused_webpack_module,exports,__webpack_require__)=>{var identity=__webpack_require__(41127);var Pair=__webpack_require__(57165);var YAMLMap=__webpack_require__(84454);var YAMLSeq=__webpack_require__(92223);var resolveEnd=__webpack_require__(17788);var resolveProps=__webpack_require__(34631);var utilContainsNewline=__webpack_require__(9499);var utilMapIncludes=__webpack_require__(81187);const blockMsg="Block collections are not allowed within flow collections";const isBlock=token=>token&&(token.type==="block-map"||token.type==="block-seq");function resolveFlowCollection({composeNode,composeEmptyNode},ctx,fc,onError,tag){const isMap=fc.start.source==="{";const fcName=isMap?"flow map":"flow sequence";const NodeClass=tag?.nodeClass??(isMap?YAMLMap.YAMLMap:YAMLSeq.YAMLSeq);const coll=new NodeClass(ctx.schema);coll.flow=true;const atRoot=ctx.atRoot;if(atRoot)ctx.atRoot=false;if(ctx.atKey)ctx.atKey=false;let offset=fc.offset+fc.start.source.length;for(let i=0;i<fc.items.length;++i){const collItem=fc.items[i];const{start,key,sep,value}=collItem;const props=resolveProps.resolveProps(start,{flow:fcName,indicator:"explicit-key-ind",next:key??sep?.[0],offset,onError,parentIndent:fc.indent,startOnNewline:false});if(!props.found){if(!props.anchor&&!props.tag&&!sep&&!value){if(i===0&&props.comma)onError(props.comma,"UNEXPECTED_TOKEN",`Unexpected , in ${fcName}`);else if(i<fc.items.length-1)onError(props.start,"UNEXPECTED_TOKEN",`Unexpected empty item in ${fcName}`);if(props.comment){if(coll.comment)coll.comment+="\n"+props.comment;else coll.comment=props.comment}offset=props.end;continue}if(!isMap&&ctx.options.strict&&utilContainsNewline.containsNewline(key))onError(key,"MULTILINE_IMPLICIT_KEY","Implicit keys of flow sequence pairs need to be on a single line")}if(i===0){if(props.comma)onError(props.comma,"UNEXPECTED_TOKEN",`Unexpected , in ${fcName}`)}else{if(!props.comma)onError(props.start,"MISSING_CHAR",`Missing , between ${fcName} items`);if(props.comment){let prevItemComment="";loop:for(const st of start){switch(st.type){case"comma":case"space":break;case"comment":prevItemComment=st.source.substring(1);break loop;default:break loop}}if(prevItemComment){let prev=coll.items[coll.items.length-1];if(identity.isPair(prev))prev=prev.value??prev.key;if(prev.comment)prev.comment+="\n"+prevItemComment;else prev.comment=prevItemComment;props.comment=props.comment.substring(prevItemComment.length+1)}}}if(!isMap&&!sep&&!props.found){const valueNode=value?composeNode(ctx,value,props,onError):composeEmptyNode(ctx,props.end,sep,null,props,onError);coll.items.push(valueNode);offset=valueNode.range[2];if(isBlock(value))onError(valueNode.range,"BLOCK_IN_FLOW",blockMsg)}else{ctx.atKey=true;const keyStart=props.end;const keyNode=key?composeNode(ctx,key,props,onError):composeEmptyNode(ctx,keyStart,start,null,props,onError);if(isBlock(key))onError(keyNode.range,"BLOCK_IN_FLOW",blockMsg);ctx.atKey=false;const valueProps=resolveProps.resolveProps(sep??[],{flow:fcName,indicator:"map-value-ind",next:value,offset:keyNode.range[2],onError,parentIndent:fc.indent,startOnNewline:false});if(valueProps.found){if(!isMap&&!props.found&&ctx.options.strict){if(sep)for(const st of sep){if(st===valueProps.found)break;if(st.type==="newline"){onError(st,"MULTILINE_IMPLICIT_KEY","Implicit keys of flow sequence pairs need to be on a single line");break}}if(props.start<valueProps.found.offset-1024)onError(valueProps.found,"KEY_OVER_1024_CHARS","The : indicator must be at most 1024 chars after the start of an implicit flow sequence key")}}else if(value){if("source"in value&&value.source?.[0]===":")onError(value,"MISSING_CHAR",`Missing space after : in ${fcName}`);else onError(valueProps.start,"MISSING_CHAR",`Missing , or : between ${fcName} items`)}const valueNode=value?composeNode(ctx,value,valueProps,onError):valueProps.found?composeEmptyNode(ctx,valueProps.end,sep,null,valueProps,onError):null;if(valueNode){if(isBlock(value))onError(valueNode.range,"BLOCK_IN_FLOW",blockMsg)}else if(valueProps.comment){if(keyNode.comment)keyNode.comment+="\n"+valueProps.comment;else keyNode.comment=valueProps.comment}const pair=new Pair.Pair(keyNode,valueNode);if(ctx.options.keepSourceTokens)pair.srcToken=collItem;if(isMap){const map=coll;if(utilMapIncludes.mapIncludes(ctx,map.items,keyNode))onError(keyStart,"DUPLICATE_KEY","Map keys must be unique");map.items.push(pair)}else{const map=new YAMLMap.YAMLMap(ctx.schema);map.flow=true;map.items.push(pair);const endRange=(valueNode??keyNode).range;map.range=[keyNode.range[0],endRange[1],endRange[2]];coll.items.push(map)}offset=valueNode?valueNode.range[2]:valueProps.end}}const expectedEnd=isMap?"}":"]";const[ce,...ee]=fc.end;let cePos=offset;if(ce?.source===expectedEnd)cePos=ce.offset+ce.source.length;else{const name=fcName[0].toUpperCase()+fcName.substring(1);const msg=atRoot?`${name} must end with a ${expectedEnd}`:`${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;onError(offset,atRoot?"MISSING_CHAR":"BAD_INDENT",msg);if(ce&&ce.source.length!==1)ee.unshift(ce)}if(ee.length>0){const end=resolveEnd.resolveEnd(ee,cePos,ctx.options.strict,onError);if(end.comment){if(coll.comment)coll.comment+="\n"+end.comment;else coll.comment=end.comment}coll.range=[fc.offset,cePos,end.offset]}else{coll.range=[fc.offset,cePos,cePos]}return coll}exports.resolveFlowCollection=resolveFlowCollection}),76842:((__unused_webpack_module,exports,__webpack_require__)=>{var Scalar=__webpack_require__(63301);var resolveEnd=__webpack_require__(17788);function resolveFlowScalar(scalar,strict,onError){const{offset,type,source,end}=scalar;let _type;let value;const _onError=(rel,code,msg)=>onError(offset+rel,code,msg);switch(type){case"scalar":_type=Scalar.Scalar.PLAIN;value=plainValue(source,_onError);break;case"single-quoted-scalar":_type=Scalar.Scalar.QUOTE_SINGLE;value=singleQuotedValue(source,_onError);break;case"double-quoted-scalar":_type=Scalar.Scalar.QUOTE_DOUBLE;value=doubleQuotedValue(source,_onError);break;default:onError(scalar,"UNEXPECTED_TOKEN",`Expected a flow scalar value, but found: ${type}`);return{value:"",type:null,comment:"",range:[offset,offset+source.length,offset+source.length]}}const valueEnd=offset+source.length;const re=resolveEnd.resolveEnd(end,valueEnd,strict,onError);return{value,type:_type,comment:re.comment,range:[offset,valueEnd,re.offset]}}function plainValue(source,onError){let badChar="";switch(source[0]){case"	":badChar="a tab character";break;case",":badChar="flow indicator character ,";break;case"%":badChar="directive indicator character %";break;case"|":case">":{badChar=`block scalar indicator ${source[0]}`;break}case"@":case"`":{badChar=`reserved character ${source[0]}`;break}}if(badChar)onError(0,"BAD_SCALAR_START",`Plain value cannot start with ${badChar}`);return unfoldLines(source)}function singleQuotedValue(source,onError){if(source[source.length-1]!=="'"||source.length===1)onError(source.length,"MISSING_CHAR","Missing closing 'quote");return unfoldLines(source.slice(1,-1)).replace(/''/g,"'")}function unfoldLines(source){const line=/(.*?)\r?\n/sy;let match=line.exec(source);if(!match)return source;let trimEnd,trimBoth;try{trimEnd=new RegExp("(?<![ 	])[ 	]+$");trimBoth=new RegExp("^[ 	]+|(?<![ 	])[ 	]+$","g")}catch{trimEnd=/[ \t]+$/;trimBoth=/^[ \t]+|[ \t]+$/g}let res=match[1].replace(trimEnd,"");let sep=" ";let pos=line.lastIndex;while(match=line.exec(source)){const lm=match[1].replace(trimBoth,"");if(lm===""){if(sep==="\n")res+=sep;else sep="\n"}else{res+=sep+lm;sep=" "}pos=line.lastIndex}const last=/[ \t]*(.*)/sy;last.lastIndex=pos;match=last.exec(source);return res+sep+(match?.[1]??"")}function doubleQuotedValue(source,onError){let res="";for(let i=1;i<source.length-1;++i){const ch=source[i];if(ch==="\r"&&source[i+1]==="\n")continue;if(ch==="\n"){const{fold,offset}=foldNewline(source,i);res+=fold;i=offset}else if(ch==="\\"){let next=source[++i];const cc=escapeCodes[next];if(cc)res+=cc;else if(next==="\n"){next=source[i+1];while(next===" "||next==="	")next=source[++i+1]}else if(next==="\r"&&source[i+1]==="\n"){next=source[++i+1];while(next===" "||next==="	")next=source[++i+1]}else if(next==="x"||next==="u"||next==="U"){const length=next==="x"?2:next==="u"?4:8;res+=parseCharCode(source,i+1,length,onError);i+=length}else{const raw=source.substr(i-1,2);onError(i-1,"BAD_DQ_ESCAPE",`Invalid escape sequence ${raw}`);res+=raw}}else if(ch===" "||ch==="	"){const wsStart=i;let next=source[i+1];while(next===" "||next==="	")next=source[++i+1];if(next!=="\n"&&!(next==="\r"&&source[i+2]==="\n"))res+=i>wsStart?source.slice(wsStart,i+1):ch}else{res+=ch}}if(source[source.length-1]!=='"'||source.length===1)onError(source.length,"MISSING_CHAR",'Missing closing "quote');return res}function foldNewline(source,offset){let fold="";let ch=source[offset+1];while(ch===" "||ch==="	"||ch==="\n"||ch==="\r"){if(ch==="\r"&&source[offset+2]!=="\n")break;if(ch==="\n")fold+="\n";offset+=1;ch=source[offset+1]}if(!fold)fold=" ";return{fold,offset}}const escapeCodes={"0":"\0",a:"\x07",b:"\b",e:"\x1b",f:"\f",n:"\n",r:"\r",t:"	",v:"\v",N:"\x85",_:"\xa0",L:"\u2028",P:"\u2029"," ":" ",'"':'"',"/":"/","\\":"\\","	":"	"};function parseCharCode(source,offset,length,onError){const cc=source.substr(offset,length);const ok=cc.length===length&&/^[0-9a-fA-F]+$/.test(cc);const code=ok?parseInt(cc,16):NaN;try{return String.fromCodePoint(code)}catch{const raw=source.substr(offset-2,length+2);onError(offset-2,"BAD_DQ_ESCAPE",`Invalid escape sequence ${raw}`);return raw}}exports.resolveFlowScalar=resolveFlowScalar}),34631:((__unused_webpack_module,exports)=>{function resolveProps(tokens,{flow,indicator,next,offset,onError,parentIndent,startOnNewline}){let spaceBefore=false;let atNewline=startOnNewline;let hasSpace=startOnNewline;let comment="";let commentSep="";let hasNewline=false;let reqSpace=false;let tab=null;let anchor=null;let tag=null;let newlineAfterProp=null;let comma=null;let found=null;let start=null;for(const token of tokens){if(reqSpace){if(token.type!=="space"&&token.type!=="newline"&&token.type!=="comma")onError(token.offset,"MISSING_CHAR","Tags and anchors must be separated from the next token by white space");reqSpace=false}if(tab){if(atNewline&&token.type!=="comment"&&token.type!=="newline"){onError(tab,"TAB_AS_INDENT","Tabs are not allowed as indentation")}tab=null}switch(token.type){case"space":if(!flow&&(indicator!=="doc-start"||next?.type!=="flow-collection")&&token.source.includes("	")){tab=token}hasSpace=true;break;case"comment":{if(!hasSpace)onError(token,"MISSING_CHAR","Comments must be separated from other tokens by white space characters");const cb=token.source.substring(1)||" ";if(!comment)comment=cb;else comment+=commentSep+cb;commentSep="";atNewline=false;break}case"newline":if(atNewline){if(comment)comment+=token.source;else if(!found||indicator!=="seq-item-ind")spaceBefore=true}else commentSep+=token.source;atNewline=true;hasNewline=true;if(anchor||tag)newlineAfterProp=token;hasSpace=true;break;case"anchor":if(anchor)onError(token,"MULTIPLE_ANCHORS","A node can have at most one anchor");if(token.source.endsWith(":"))onError(token.offset+token.source.length-1,"BAD_ALIAS","Anchor ending in : is ambiguous",true);anchor=token;start??(start=token.offset);atNewline=false;hasSpace=false;reqSpace=true;break;case"tag":{if(tag)onError(token,"MULTIPLE_TAGS","A node can have at most one tag");tag=token;start??(start=token.offset);atNewline=false;hasSpace=false;reqSpace=true;break}case indicator:if(anchor||tag)onError(token,"BAD_PROP_ORDER",`Anchors and tags must be after the ${token.source} indicator`);if(found)onError(token,"UNEXPECTED_TOKEN",`Unexpected ${token.source} in ${flow??"collection"}`);found=token;atNewline=indicator==="seq-item-ind"||indicator==="explicit-key-ind";hasSpace=false;break;case"comma":if(flow){if(comma)onError(token,"UNEXPECTED_TOKEN",`Unexpected , in ${flow}`);comma=token;atNewline=false;hasSpace=false;break}default:onError(token,"UNEXPECTED_TOKEN",`Unexpected ${token.type} token`);atNewline=false;hasSpace=false}}const last=tokens[tokens.length-1];const end=last?last.offset+last.source.length:offset;if(reqSpace&&next&&next.type!=="space"&&next.type!=="newline"&&next.type!=="comma"&&(next.type!=="scalar"||next.source!=="")){onError(next.offset,"MISSING_CHAR","Tags and anchors must be separated from the next token by white space")}if(tab&&(atNewline&&tab.indent<=parentIndent||next?.type==="block-map"||next?.type==="block-seq"))onError(tab,"TAB_AS_INDENT","Tabs are not allowed as indentation");return{comma,found,spaceBefore,comment,hasNewline,anchor,tag,newlineAfterProp,end,start:start??end}}exports.resolveProps=resolveProps}),9499:((__unused_webpack_module,exports)=>{function containsNewline(key){if(!key)return null;switch(key.type){case"alias":case"scalar":case"double-quoted-scalar":case"single-quoted-scalar":if(key.source.includes("\n"))return true;if(key.end){for(const st of key.end)if(st.type==="newline")return true}return false;case"flow-collection":for(const it of key.items){for(const st of it.start)if(st.type==="newline")return true;if(it.sep){for(const st of it.sep)if(st.type==="newline")return true}if(containsNewline(it.key)||containsNewline(it.value))return true}return false;default:return true}}exports.containsNewline=containsNewline}),22599:((__unused_webpack_module,exports)=>{function emptyScalarPosition(offset,before,pos){if(before){pos??(pos=before.length);for(let i=pos-1;i>=0;--i){let st=before[i];switch(st.type){case"space":case"comment":case"newline":offset-=st.source.length;continue}st=before[++i];while(st?.type==="space"){offset+=st.source.length;st=before[++i]}break}}return offset}exports.emptyScalarPosition=emptyScalarPosition}),74051:((__unused_webpack_module,exports,__webpack_require__)=>{var utilContainsNewline=__webpack_require__(9499);function flowIndentCheck(indent,fc,onError){if(fc?.type==="flow-collection"){const end=fc.end[0];if(end.indent===indent&&(end.source==="]"||end.source==="}")&&utilContainsNewline.containsNewline(fc)){const msg="Flow end indicator should be more indented than parent";onError(end,"BAD_INDENT",msg,true)}}}exports.flowIndentCheck=flowIndentCheck}),81187:((__unused_webpack_module,exports,__webpack_require__)=>{var identity=__webpack_require__(41127);function mapIncludes(ctx,items,search){const{uniqueKeys}=ctx.options;if(uniqueKeys===false)return false;const isEqual=typeof uniqueKeys==="function"?uniqueKeys:(a,b)=>a===b||identity.isScalar(a)&&identity.isScalar(b)&&a.value===b.value;return items.some(pair=>isEqual(pair.key,search))}exports.mapIncludes=mapIncludes}),3021:((__unused_webpack_module,exports,__webpack_require__)=>{var Alias=__webpack_require__(4065);var Collection=__webpack_require__(40101);var identity=__webpack_require__(41127);var Pair=__webpack_require__(57165);var toJS=__webpack_require__(74043);var Schema=__webpack_require__(45840);var stringifyDocument=__webpack_require__(6829);var anchors=__webpack_require__(71596);var applyReviver=__webpack_require__(83661);var createNode=__webpack_require__(42404);var directives=__webpack_require__(61342);class Document{constructor(value,replacer,options){this.commentBefore=null;this.comment=null;this.errors=[];this.warnings=[];Object.defineProperty(this,identity.NODE_TYPE,{value:identity.DOC});let _replacer=null;if(typeof replacer==="function"||Array.isArray(replacer)){_replacer=replacer}else if(options===undefined&&replacer){options=replacer;replacer=undefined}const opt=Object.assign({intAsBigInt:false,keepSourceTokens:false,logLevel:"warn",prettyErrors:true,strict:true,stringKeys:false,uniqueKeys:true,version:"1.2"},options);this.options=opt;let{version}=opt;if(options?._directives){this.directives=options._directives.atDocument();if(this.directives.yaml.explicit)version=this.directives.yaml.version}else this.directives=new directives.Directives({version});this.setSchema(version,options);this.contents=value===undefined?null:this.createNode(value,_replacer,options)}clone(){const copy=Object.create(Document.prototype,{[identity.NODE_TYPE]:{value:identity.DOC}});copy.commentBefore=this.commentBefore;copy.comment=this.comment;copy.errors=this.errors.slice();copy.warnings=this.warnings.slice();copy.options=Object.assign({},this.options);if(this.directives)copy.directives=this.directives.clone();copy.schema=this.schema.clone();copy.contents=identity.isNode(this.contents)?this.contents.clone(copy.schema):this.contents;if(this.range)copy.range=this.range.slice();return copy}add(value){if(assertCollection(this.contents))this.contents.add(value)}addIn(path,value){if(assertCollection(this.contents))this.contents.addIn(path,value)}createAlias(node,name){if(!node.anchor){const prev=anchors.anchorNames(this);node.anchor=!name||prev.has(name)?anchors.findNewAnchor(name||"a",prev):name}return new Alias.Alias(node.anchor)}createNode(value,replacer,options){let _replacer=undefined;if(typeof replacer==="function"){value=replacer.call({"":value},"",value);_replacer=replacer}else if(Array.isArray(replacer)){const keyToStr=v=>typeof v==="number"||v instanceof String||v instanceof Number;const asStr=replacer.filter(keyToStr).map(String);if(asStr.length>0)replacer=replacer.concat(asStr);_replacer=replacer}else if(options===undefined&&replacer){options=replacer;replacer=undefined}const{aliasDuplicateObjects,anchorPrefix,flow,keepUndefined,onTagObj,tag}=options??{};const{onAnchor,setAnchors,sourceObjects}=anchors.createNodeAnchors(this,anchorPrefix||"a");const ctx={aliasDuplicateObjects:aliasDuplicateObjects??true,keepUndefined:keepUndefined??false,onAnchor,onTagObj,replacer:_replacer,schema:this.schema,sourceObjects};const node=createNode.createNode(value,tag,ctx);if(flow&&identity.isCollection(node))node.flow=true;setAnchors();return node}createPair(key,value,options={}){const k=this.createNode(key,null,options);const v=this.createNode(value,null,options);return new Pair.Pair(k,v)}delete(key){return assertCollection(this.contents)?this.contents.delete(key):false}deleteIn(path){if(Collection.isEmptyPath(path)){if(this.contents==null)return false;this.contents=null;return true}return assertCollection(this.contents)?this.contents.deleteIn(path):false}get(key,keepScalar){return identity.isCollection(this.contents)?this.contents.get(key,keepScalar):undefined}getIn(path,keepScalar){if(Collection.isEmptyPath(path))return!keepScalar&&identity.isScalar(this.contents)?this.contents.value:this.contents;return identity.isCollection(this.contents)?this.contents.getIn(path,keepScalar):undefined}has(key){return identity.isCollection(this.contents)?this.contents.has(key):false}hasIn(path){if(Collection.isEmptyPath(path))return this.contents!==undefined;return identity.isCollection(this.contents)?this.contents.hasIn(path):false}set(key,value){if(this.contents==null){this.contents=Collection.collectionFromPath(this.schema,[key],value)}else if(assertCollection(this.contents)){this.contents.set(key,value)}}setIn(path,value){if(Collection.isEmptyPath(path)){this.contents=value}else if(this.contents==null){this.contents=Collection.collectionFromPath(this.schema,Array.from(path),value)}else if(assertCollection(this.contents)){this.contents.setIn(path,value)}}setSchema(version,options={}){if(typeof version==="number")version=String(version);let opt;switch(version){case"1.1":if(this.directives)this.directives.yaml.version="1.1";else this.directives=new directives.Directives({version:"1.1"});opt={resolveKnownTags:false,schema:"yaml-1.1"};break;case"1.2":case"next":if(this.directives)this.directives.yaml.version=version;else this.directives=new directives.Directives({version});opt={resolveKnownTags:true,schema:"core"};break;case null:if(this.directives)delete this.directives;opt=null;break;default:{const sv=JSON.stringify(version);throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`)}}if(options.schema instanceof Object)this.schema=options.schema;else if(opt)this.schema=new Schema.Schema(Object.assign(opt,options));else throw new Error(`With a null YAML version, the { schema: Schema } option is required`)}toJS({json,jsonArg,mapAsMap,maxAliasCount,onAnchor,reviver}={}){const ctx={anchors:new Map,doc:this,keep:!json,mapAsMap:mapAsMap===true,mapKeyWarned:false,maxAliasCount:typeof maxAliasCount==="number"?maxAliasCount:100};const res=toJS.toJS(this.contents,jsonArg??"",ctx);if(typeof onAnchor==="function")for(const{count,res}of ctx.anchors.values())onAnchor(res,count);return typeof reviver==="function"?applyReviver.applyReviver(reviver,{"":res},"",res):res}toJSON(jsonArg,onAnchor){return this.toJS({json:true,jsonArg,mapAsMap:false,onAnchor})}toString(options={}){if(this.errors.length>0)throw new Error("Document with errors cannot be stringified");if("indent"in options&&(!Number.isInteger(options.indent)||Number(options.indent)<=0)){const s=JSON.stringify(options.indent);throw new Error(`"indent" option must be a positive integer, not ${s}`)}return stringifyDocument.stringifyDocument(this,options)}}function assertCollection(contents){if(identity.isCollection(contents))return true;throw new Error("Expected a YAML collection as document contents")}exports.Document=Document}),71596:((__unused_webpack_module,exports,__webpack_require__)=>{var identity=__webpack_require__(41127);var visit=__webpack_require__(10204);function anchorIsValid(anchor){if(/[\x00-\x19\s,[\]{}]/.test(anchor)){const sa=JSON.stringify(anchor);const msg=`Anchor must not contain whitespace or control characters: ${sa}`;throw new Error(msg)}return true}function anchorNames(root){const anchors=new Set;visit.visit(root,{Value(_key,node){if(node.anchor)anchors.add(node.anchor)}});return anchors}function findNewAnchor(prefix,exclude){for(let i=1;true;++i){const name=`${prefix}${i}`;if(!exclude.has(name))return name}}function createNodeAnchors(doc,prefix){const aliasObjects=[];const sourceObjects=new Map;let prevAnchors=null;return{onAnchor:source=>{aliasObjects.push(source);prevAnchors??(prevAnchors=anchorNames(doc));const anchor=findNewAnchor(prefix,prevAnchors);prevAnchors.add(anchor);return anchor},setAnchors:()=>{for(const source of aliasObjects){const ref=sourceObjects.get(source);if(typeof ref==="object"&&ref.anchor&&(identity.isScalar(ref.node)||identity.isCollection(ref.node))){ref.node.anchor=ref.anchor}else{const error=new Error("Failed to resolve repeated object (this should not happen)");error.source=source;throw error}}},sourceObjects}}exports.anchorIsValid=anchorIsValid;exports.anchorNames=anchorNames;exports.createNodeAnchors=createNodeAnchors;exports.findNewAnchor=findNewAnchor}),83661:((__unused_webpack_module,exports)=>{function applyReviver(reviver,obj,key,val){if(val&&typeof val==="object"){if(Array.isArray(val)){for(let i=0,len=val.length;i<len;++i){const v0=val[i];const v1=applyReviver(reviver,val,String(i),v0);if(v1===undefined)delete val[i];else if(v1!==v0)val[i]=v1}}else if(val instanceof Map){for(const k of Array.from(val.keys())){const v0=val.get(k);const v1=applyReviver(reviver,val,k,v0);if(v1===undefined)val.delete(k);else if(v1!==v0)val.set(k,v1)}}else if(val instanceof Set){for(const v0 of Array.from(val)){const v1=applyReviver(reviver,val,v0,v0);if(v1===undefined)val.delete(v0);else if(v1!==v0){val.delete(v0);val.add(v1)}}}else{for(const[k,v0]of Object.entries(val)){const v1=applyReviver(reviver,val,k,v0);if(v1===undefined)delete val[k];else if(v1!==v0)val[k]=v1}}}return reviver.call(obj,key,val)}exports.applyReviver=applyReviver}),42404:((__unused_webpack_module,exports,__webpack_require__)=>{var Alias=__webpack_require__(4065);var identity=__webpack_require__(41127);var Scalar=__webpack_require__(63301);const defaultTagPrefix="tag:yaml.org,2002:";function findTagObject(value,tagName,tags){if(tagName){const match=tags.filter(t=>t.tag===tagName);const tagObj=match.find(t=>!t.format)??match[0];if(!tagObj)throw new Error(`Tag ${tagName} not found`);return tagObj}return tags.find(t=>t.identify?.(value)&&!t.format)}function createNode(value,tagName,ctx){if(identity.isDocument(value))value=value.contents;if(identity.isNode(value))return value;if(identity.isPair(value)){const map=ctx.schema[identity.MAP].createNode?.(ctx.schema,null,ctx);map.items.push(value);return map}if(value instanceof String||value instanceof Number||value instanceof Boolean||typeof BigInt!=="undefined"&&value instanceof BigInt){value=value.valueOf()}const{aliasDuplicateObjects,onAnchor,onTagObj,schema,sourceObjects}=ctx;let ref=undefined;if(aliasDuplicateObjects&&value&&typeof value==="object"){ref=sourceObjects.get(value);if(ref){ref.anchor??(ref.anchor=onAnchor(value));return new Alias.Alias(ref.anchor)}else{ref={anchor:null,node:null};sourceObjects.set(value,ref)}}if(tagName?.startsWith("!!"))tagName=defaultTagPrefix+tagName.slice(2);let tagObj=findTagObject(value,tagName,schema.tags);if(!tagObj){if(value&&typeof value.toJSON==="function"){value=value.toJSON()}if(!value||typeof value!=="object"){const node=new Scalar.Scalar(value);if(ref)ref.node=node;return node}tagObj=value instanceof Map?schema[identity.MAP]:Symbol.iterator in Object(value)?schema[identity.SEQ]:schema[identity.MAP]}if(onTagObj){onTagObj(tagObj);delete ctx.onTagObj}const node=tagObj?.createNode?tagObj.createNode(ctx.schema,value,ctx):typeof tagObj?.nodeClass?.from==="function"?tagObj.nodeClass.from(ctx.schema,value,ctx):new Scalar.Scalar(value);if(tagName)node.tag=tagName;else if(!tagObj.default)node.tag=tagObj.tag;if(ref)ref.node=node;return node}exports.createNode=createNode}),61342:((__unused_webpack_module,exports,__webpack_require__)=>{var identity=__webpack_require__(41127);var visit=__webpack_require__(10204);const escapeChars={"!":"%21",",":"%2C","[":"%5B","]":"%5D","{":"%7B","}":"%7D"};const escapeTagName=tn=>tn.replace(/[!,[\]{}]/g,ch=>escapeChars[ch]);class Directives{constructor(yaml,tags){this.docStart=null;this.docEnd=false;this.yaml=Object.assign({},Directives.defaultYaml,yaml);this.tags=Object.assign({},Directives.defaultTags,tags)}clone(){const copy=new Directives(this.yaml,this.tags);copy.docStart=this.docStart;return copy}atDocument(){const res=new Directives(this.yaml,this.tags);switch(this.yaml.version){case"1.1":this.atNextDocument=true;break;case"1.2":this.atNextDocument=false;this.yaml={explicit:Directives.defaultYaml.explicit,version:"1.2"};this.tags=Object.assign({},Directives.defaultTags);break}return res}add(line,onError){if(this.atNextDocument){this.yaml={explicit:Directives.defaultYaml.explicit,version:"1.1"};this.tags=Object.assign({},Directives.defaultTags);this.atNextDocument=false}const parts=line.trim().split(/[ \t]+/);const name=parts.shift();switch(name){case"%TAG":{if(parts.length!==2){onError(0,"%TAG directive should contain exactly two parts");if(parts.length<2)return false}const[handle,prefix]=parts;this.tags[handle]=prefix;return true}case"%YAML":{this.yaml.explicit=true;if(parts.length!==1){onError(0,"%YAML directive should contain exactly one part");return false}const[version]=parts;if(version==="1.1"||version==="1.2"){this.yaml.version=version;return true}else{const isValid=/^\d+\.\d+$/.test(version);onError(6,`Unsupported YAML version ${version}`,isValid);return false}}default:onError(0,`Unknown directive ${name}`,true);return false}}tagName(source,onError){if(source==="!")return"!";if(source[0]!=="!"){onError(`Not a valid tag: ${source}`);return null}if(source[1]==="<"){const verbatim=source.slice(2,-1);if(verbatim==="!"||verbatim==="!!"){onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);return null}if(source[source.length-1]!==">")onError("Verbatim tags must end with a >");return verbatim}const[,handle,suffix]=source.match(/^(.*!)([^!]*)$/s);if(!suffix)onError(`The ${source} tag has no suffix`);const prefix=this.tags[handle];if(prefix){try{return prefix+decodeURIComponent(suffix)}catch(error){onError(String(error));return null}}if(handle==="!")return source;onError(`Could not resolve tag: ${source}`);return null}tagString(tag){for(const[handle,prefix]of Object.entries(this.tags)){if(tag.startsWith(prefix))return handle+escapeTagName(tag.substring(prefix.length))}return tag[0]==="!"?tag:`!<${tag}>`}toString(doc){const lines=this.yaml.explicit?[`%YAML ${this.yaml.version||"1.2"}`]:[];const tagEntries=Object.entries(this.tags);let tagNames;if(doc&&tagEntries.length>0&&identity.isNode(doc.contents)){const tags={};visit.visit(doc.contents,(_key,node)=>{if(identity.isNode(node)&&node.tag)tags[node.tag]=true});tagNames=Object.keys(tags)}else tagNames=[];for(const[handle,prefix]of tagEntries){if(handle==="!!"&&prefix==="tag:yaml.org,2002:")continue;if(!doc||tagNames.some(tn=>tn.startsWith(prefix)))lines.push(`%TAG ${handle} ${prefix}`)}return lines.join("\n")}}Directives.defaultYaml={explicit:false,version:"1.2"};Directives.defaultTags={"!!":"tag:yaml.org,2002:"};exports.Directives=Directives}),91464:((__unused_webpack_module,exports)=>{class YAMLError extends Error{constructor(name,pos,code,message){super();this.name=name;this.code=code;this.message=message;this.pos=pos}}class YAMLParseError extends YAMLError{constructor(pos,code,message){super("YAMLParseError",pos,code,message)}}class YAMLWarning extends YAMLError{constructor(pos,code,message){super("YAMLWarning",pos,code,message)}}const prettifyError=(src,lc)=>error=>{if(error.pos[0]===-1)return;error.linePos=error.pos.map(pos=>lc.linePos(pos));const{line,col}=error.linePos[0];error.message+=` at line ${line}, column ${col}`;let ci=col-1;let lineStr=src.substring(lc.lineStarts[line-1],lc.lineStarts[line]).replace(/[\n\r]+$/,"");if(ci>=60&&lineStr.length>80){const trimStart=Math.min(ci-39,lineStr.length-79);lineStr="\u2026"+lineStr.substring(trimStart);ci-=trimStart-1}if(lineStr.length>80)lineStr=lineStr.substring(0,79)+"\u2026";if(line>1&&/^ *$/.test(lineStr.substring(0,ci))){let prev=src.substring(lc.lineStarts[line-2],lc.lineStarts[line-1]);if(prev.length>80)prev=prev.substring(0,79)+"\u2026\n";lineStr=prev+lineStr}if(/[^ ]/.test(lineStr)){let count=1;const end=error.linePos[1];if(end?.line===line&&end.col>col){count=Math.max(1,Math.min(end.col-col,80-ci))}const pointer=" ".repeat(ci)+"^".repeat(count);error.message+=`:

${lineStr}
${pointer}
`}};exports.YAMLError=YAMLError;exports.YAMLParseError=YAMLParseError;exports.YAMLWarning=YAMLWarning;exports.prettifyError=prettifyError}),38815:((__unused_webpack_module,exports,__webpack_require__)=>{var __webpack_unused_export__;var composer=__webpack_require__(89984);var Document=__webpack_require__(3021);var Schema=__webpack_require__(45840);var errors=__webpack_require__(91464);var Alias=__webpack_require__(4065);var identity=__webpack_require__(41127);var Pair=__webpack_require__(57165);var Scalar=__webpack_require__(63301);var YAMLMap=__webpack_require__(84454);var YAMLSeq=__webpack_require__(92223);var cst=__webpack_require__(3461);var lexer=__webpack_require__(40361);var lineCounter=__webpack_require__(66628);var parser=__webpack_require__(3456);var publicApi=__webpack_require__(84047);var visit=__webpack_require__(10204);__webpack_unused_export__=composer.Composer;__webpack_unused_export__=Document.Document;__webpack_unused_export__=Schema.Schema;__webpack_unused_export__=errors.YAMLError;__webpack_unused_export__=errors.YAMLParseError;__webpack_unused_export__=errors.YAMLWarning;__webpack_unused_export__=Alias.Alias;__webpack_unused_export__=identity.isAlias;__webpack_unused_export__=identity.isCollection;__webpack_unused_export__=identity.isDocument;exports.jh=identity.isMap;__webpack_unused_export__=identity.isNode;exports.tO=identity.isPair;exports.jn=identity.isScalar;exports.oP=identity.isSeq;__webpack_unused_export__=Pair.Pair;__webpack_unused_export__=Scalar.Scalar;__webpack_unused_export__=YAMLMap.YAMLMap;__webpack_unused_export__=YAMLSeq.YAMLSeq;__webpack_unused_export__=cst;__webpack_unused_export__=lexer.Lexer;exports.HN=lineCounter.LineCounter;__webpack_unused_export__=parser.Parser;exports.qg=publicApi.parse;__webpack_unused_export__=publicApi.parseAllDocuments;exports.Tp=publicApi.parseDocument;__webpack_unused_export__=publicApi.stringify;__webpack_unused_export__=visit.visit;__webpack_unused_export__=visit.visitAsync}),57249:((__unused_webpack_module,exports,__webpack_require__)=>{var node_process=__webpack_require__(932);function debug(logLevel,...messages){if(logLevel==="debug")console.log(...messages)}function warn(logLevel,warning){if(logLevel==="debug"||logLevel==="warn"){if(typeof node_process.emitWarning==="function")node_process.emitWarning(warning);else console.warn(warning)}}exports.debug=debug;exports.warn=warn}),4065:((__unused_webpack_module,exports,__webpack_require__)=>{var anchors=__webpack_require__(71596);var visit=__webpack_require__(10204);var identity=__webpack_require__(41127);var Node=__webpack_require__(66673);var toJS=__webpack_require__(74043);class Alias extends Node.NodeBase{constructor(source){super(identity.ALIAS);this.source=source;Object.defineProperty(this,"tag",{set(){throw new Error("Alias nodes cannot have tags")}})}resolve(doc,ctx){if(ctx?.maxAliasCount===0)throw new ReferenceError("Alias resolution is disabled");let nodes;if(ctx?.aliasResolveCache){nodes=ctx.aliasResolveCache}else{nodes=[];visit.visit(doc,{Node:(_key,node)=>{if(identity.isAlias(node)||identity.hasAnchor(node))nodes.push(node)}});if(ctx)ctx.aliasResolveCache=nodes}let found=undefined;for(const node of nodes){if(node===this)break;if(node.anchor===this.source)found=node}if(found&&ctx){const{anchors,doc,maxAliasCount}=ctx;let data=anchors.get(found);if(!data){toJS.toJS(found,null,ctx);data=anchors.get(found)}if(data?.res===undefined){const msg="This should not happen: Alias anchor was not resolved?";throw new ReferenceError(msg)}if(maxAliasCount>=0){data.count+=1;if(data.aliasCount===0)data.aliasCount=getAliasCount(doc,found,anchors);if(data.count*data.aliasCount>maxAliasCount){const msg="Excessive alias count indicates a resource exhaustion attack";throw new ReferenceError(msg)}}}return found}toJSON(_arg,ctx){if(!ctx)return{source:this.source};const source=this.resolve(ctx.doc,ctx);if(!source){const msg=`Unresolved alias (the anchor must be set before the alias): ${this.source}`;throw new ReferenceError(msg)}return ctx.anchors.get(source).res}toString(ctx,_onComment,_onChompKeep){const src=`*${this.source}`;if(ctx){anchors.anchorIsValid(this.source);if(ctx.options.verifyAliasOrder&&!ctx.anchors.has(this.source)){const msg=`Unresolved alias (the anchor must be set before the alias): ${this.source}`;throw new Error(msg)}if(ctx.implicitKey)return`${src} `}return src}}function getAliasCount(doc,node,anchors){if(identity.isAlias(node)){const source=node.resolve(doc);const anchor=anchors&&source&&anchors.get(source);return anchor?anchor.count*anchor.aliasCount:0}else if(identity.isCollection(node)){let count=0;for(const item of node.items){const c=getAliasCount(doc,item,anchors);if(c>count)count=c}return count}else if(identity.isPair(node)){const kc=getAliasCount(doc,node.key,anchors);const vc=getAliasCount(doc,node.value,anchors);return Math.max(kc,vc)}return 1}exports.Alias=Alias}),40101:((__unused_webpack_module,exports,__webpack_require__)=>{var createNode=__webpack_require__(42404);var identity=__webpack_require__(41127);var Node=__webpack_require__(66673);function collectionFromPath(schema,path,value){let v=value;for(let i=path.length-1;i>=0;--i){const k=path[i];if(typeof k==="number"&&Number.isInteger(k)&&k>=0){const a=[];a[k]=v;v=a}else{v=new Map([[k,v]])}}return createNode.createNode(v,undefined,{aliasDuplicateObjects:false,keepUndefined:false,onAnchor:()=>{throw new Error("This should not happen, please report a bug.")},schema,sourceObjects:new Map})}const isEmptyPath=path=>path==null||typeof path==="object"&&!!path[Symbol.iterator]().next().done;class Collection extends Node.NodeBase{constructor(type,schema){super(type);Object.defineProperty(this,"schema",{value:schema,configurable:true,enumerable:false,writable:true})}clone(schema){const copy=Object.create(Object.getPrototypeOf(this),Object.getOwnPropertyDescriptors(this));if(schema)copy.schema=schema;copy.items=copy.items.map(it=>identity.isNode(it)||identity.isPair(it)?it.clone(schema):it);if(this.range)copy.range=this.range.slice();return copy}addIn(path,value){if(isEmptyPath(path))this.add(value);else{const[key,...rest]=path;const node=this.get(key,true);if(identity.isCollection(node))node.addIn(rest,value);else if(node===undefined&&this.schema)this.set(key,collectionFromPath(this.schema,rest,value));else throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`)}}deleteIn(path){const[key,...rest]=path;if(rest.length===0)return this.delete(key);const node=this.get(key,true);if(identity.isCollection(node))return node.deleteIn(rest);else throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`)}getIn(path,keepScalar){const[key,...rest]=path;const node=this.get(key,true);if(rest.length===0)return!keepScalar&&identity.isScalar(node)?node.value:node;else return identity.isCollection(node)?node.getIn(rest,keepScalar):undefined}hasAllNullValues(allowScalar){return this.items.every(node=>{if(!identity.isPair(node))return false;const n=node.value;return n==null||allowScalar&&identity.isScalar(n)&&n.value==null&&!n.commentBefore&&!n.comment&&!n.tag})}hasIn(path){const[key,...rest]=path;if(rest.length===0)return this.has(key);const node=this.get(key,true);return identity.isCollection(node)?node.hasIn(rest):false}setIn(path,value){const[key,...rest]=path;if(rest.length===0){this.set(key,value)}else{const node=this.get(key,true);if(identity.isCollection(node))node.setIn(rest,value);else if(node===undefined&&this.schema)this.set(key,collectionFromPath(this.schema,rest,value));else throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`)}}}exports.Collection=Collection;exports.collectionFromPath=collectionFromPath;exports.isEmptyPath=isEmptyPath}),66673:((__unused_webpack_module,exports,__webpack_require__)=>{var applyReviver=__webpack_require__(83661);var identity=__webpack_require__(41127);var toJS=__webpack_require__(74043);class NodeBase{constructor(type){Object.defineProperty(this,identity.NODE_TYPE,{value:type})}clone(){const copy=Object.create(Object.getPrototypeOf(this),Object.getOwnPropertyDescriptors(this));if(this.range)copy.range=this.range.slice();return copy}toJS(doc,{mapAsMap,maxAliasCount,onAnchor,reviver}={}){if(!identity.isDocument(doc))throw new TypeError("A document argument is required");const ctx={anchors:new Map,doc,keep:true,mapAsMap:mapAsMap===true,mapKeyWarned:false,maxAliasCount:typeof maxAliasCount==="number"?maxAliasCount:100};const res=toJS.toJS(this,"",ctx);if(typeof onAnchor==="function")for(const{count,res}of ctx.anchors.values())onAnchor(res,count);return typeof reviver==="function"?applyReviver.applyReviver(reviver,{"":res},"",res):res}}exports.NodeBase=NodeBase}),57165:((__unused_webpack_module,exports,__webpack_require__)=>{var createNode=__webpack_require__(42404);var stringifyPair=__webpack_require__(59748);var addPairToJSMap=__webpack_require__(97104);var identity=__webpack_require__(41127);function createPair(key,value,ctx){const k=createNode.createNode(key,undefined,ctx);const v=createNode.createNode(value,undefined,ctx);return new Pair(k,v)}class Pair{constructor(key,value=null){Object.defineProperty(this,identity.NODE_TYPE,{value:identity.PAIR});this.key=key;this.value=value}clone(schema){let{key,value}=this;if(identity.isNode(key))key=key.clone(schema);if(identity.isNode(value))value=value.clone(schema);return new Pair(key,value)}toJSON(_,ctx){const pair=ctx?.mapAsMap?new Map:{};return addPairToJSMap.addPairToJSMap(ctx,pair,this)}toString(ctx,onComment,onChompKeep){return ctx?.doc?stringifyPair.stringifyPair(this,ctx,onComment,onChompKeep):JSON.stringify(this)}}exports.Pair=Pair;exports.createPair=createPair}),63301:((__unused_webpack_module,exports,__webpack_require__)=>{var identity=__webpack_require__(41127);var Node=__webpack_require__(66673);var toJS=__webpack_require__(74043);const isScalarValue=value=>!value||typeof value!=="function"&&typeof value!=="object";class Scalar extends Node.NodeBase{constructor(value){super(identity.SCALAR);this.value=value}toJSON(arg,ctx){return ctx?.keep?this.value:toJS.toJS(this.value,arg,ctx)}toString(){return String(this.value)}}Scalar.BLOCK_FOLDED="BLOCK_FOLDED";Scalar.BLOCK_LITERAL="BLOCK_LITERAL";Scalar.PLAIN="PLAIN";Scalar.QUOTE_DOUBLE="QUOTE_DOUBLE";Scalar.QUOTE_SINGLE="QUOTE_SINGLE";exports.Scalar=Scalar;exports.isScalarValue=isScalarValue}),84454:((__unused_webpack_module,exports,__webpack_require__)=>{var stringifyCollection=__webpack_require__(61212);var addPairToJSMap=__webpack_require__(97104);var Collection=__webpack_require__(40101);var identity=__webpack_require__(41127);var Pair=__webpack_require__(57165);var Scalar=__webpack_require__(63301);function findPair(items,key){const k=identity.isScalar(key)?key.value:key;for(const it of items){if(identity.isPair(it)){if(it.key===key||it.key===k)return it;if(identity.isScalar(it.key)&&it.key.value===k)return it}}return undefined}class YAMLMap extends Collection.Collection{static get tagName(){return"tag:yaml.org,2002:map"}constructor(schema){super(identity.MAP,schema);this.items=[]}static from(schema,obj,ctx){const{keepUndefined,replacer}=ctx;const map=new this(schema);const add=(key,value)=>{if(typeof replacer==="function")value=replacer.call(obj,key,value);else if(Array.isArray(replacer)&&!replacer.includes(key))return;if(value!==undefined||keepUndefined)map.items.push(Pair.createPair(key,value,ctx))};if(obj instanceof Map){for(const[key,value]of obj)add(key,value)}else if(obj&&typeof obj==="object"){for(const key of Object.keys(obj))add(key,obj[key])}if(typeof schema.sortMapEntries==="function"){map.items.sort(schema.sortMapEntries)}return map}add(pair,overwrite){let _pair;if(identity.isPair(pair))_pair=pair;else if(!pair||typeof pair!=="object"||!("key"in pair)){_pair=new Pair.Pair(pair,pair?.value)}else _pair=new Pair.Pair(pair.key,pair.value);const prev=findPair(this.items,_pair.key);const sortEntries=this.schema?.sortMapEntries;if(prev){if(!overwrite)throw new Error(`Key ${_pair.key} already set`);if(identity.isScalar(prev.value)&&Scalar.isScalarValue(_pair.value))prev.value.value=_pair.value;else prev.value=_pair.value}else if(sortEntries){const i=this.items.findIndex(item=>sortEntries(_pair,item)<0);if(i===-1)this.items.push(_pair);else this.items.splice(i,0,_pair)}else{this.items.push(_pair)}}delete(key){const it=findPair(this.items,key);if(!it)return false;const del=this.items.splice(this.items.indexOf(it),1);return del.length>0}get(key,keepScalar){const it=findPair(this.items,key);const node=it?.value;return(!keepScalar&&identity.isScalar(node)?node.value:node)??undefined}has(key){return!!findPair(this.items,key)}set(key,value){this.add(new Pair.Pair(key,value),true)}toJSON(_,ctx,Type){const map=Type?new Type:ctx?.mapAsMap?new Map:{};if(ctx?.onCreate)ctx.onCreate(map);for(const item of this.items)addPairToJSMap.addPairToJSMap(ctx,map,item);return map}toString(ctx,onComment,onChompKeep){if(!ctx)return JSON.stringify(this);for(const item of this.items){if(!identity.isPair(item))throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`)}if(!ctx.allNullValues&&this.hasAllNullValues(false))ctx=Object.assign({},ctx,{allNullValues:true});return stringifyCollection.stringifyCollection(this,ctx,{blockItemPrefix:"",flowChars:{start:"{",end:"}"},itemIndent:ctx.indent||"",onChompKeep,onComment})}}exports.YAMLMap=YAMLMap;exports.findPair=findPair}),92223:((__unused_webpack_module,exports,__webpack_require__)=>{var createNode=__webpack_require__(42404);var stringifyCollection=__webpack_require__(61212);var Collection=__webpack_require__(40101);var identity=__webpack_require__(41127);var Scalar=__webpack_require__(63301);var toJS=__webpack_require__(74043);class YAMLSeq extends Collection.Collection{static get tagName(){return"tag:yaml.org,2002:seq"}constructor(schema){super(identity.SEQ,schema);this.items=[]}add(value){this.items.push(value)}delete(key){const idx=asItemIndex(key);if(typeof idx!=="number")return false;const del=this.items.splice(idx,1);return del.length>0}get(key,keepScalar){const idx=asItemIndex(key);if(typeof idx!=="number")return undefined;const it=this.items[idx];return!keepScalar&&identity.isScalar(it)?it.value:it}has(key){const idx=asItemIndex(key);return typeof idx==="number"&&idx<this.items.length}set(key,value){const idx=asItemIndex(key);if(typeof idx!=="number")throw new Error(`Expected a valid index, not ${key}.`);const prev=this.items[idx];if(identity.isScalar(prev)&&Scalar.isScalarValue(value))prev.value=value;else this.items[idx]=value}toJSON(_,ctx){const seq=[];if(ctx?.onCreate)ctx.onCreate(seq);let i=0;for(const item of this.items)seq.push(toJS.toJS(item,String(i++),ctx));return seq}toString(ctx,onComment,onChompKeep){if(!ctx)return JSON.stringify(this);return stringifyCollection.stringifyCollection(this,ctx,{blockItemPrefix:"- ",flowChars:{start:"[",end:"]"},itemIndent:(ctx.indent||"")+"  ",onChompKeep,onComment})}static from(schema,obj,ctx){const{replacer}=ctx;const seq=new this(schema);if(obj&&Symbol.iterator in Object(obj)){let i=0;for(let it of obj){if(typeof replacer==="function"){const key=obj instanceof Set?it:String(i++);it=replacer.call(obj,key,it)}seq.items.push(createNode.createNode(it,undefined,ctx))}}return seq}}function asItemIndex(key){let idx=identity.isScalar(key)?key.value:key;if(idx&&typeof idx==="string")idx=Number(idx);return typeof idx==="number"&&Number.isInteger(idx)&&idx>=0?idx:null}exports.YAMLSeq=YAMLSeq}),97104:((__unused_webpack_module,exports,__webpack_require__)=>{var log=__webpack_require__(57249);var merge=__webpack_require__(90452);var stringify=__webpack_require__(2148);var identity=__webpack_require__(41127);var toJS=__webpack_require__(74043);function addPairToJSMap(ctx,map,{key,value}){if(identity.isNode(key)&&key.addToJSMap)key.addToJSMap(ctx,map,value);else if(merge.isMergeKey(ctx,key))merge.addMergeToJSMap(ctx,map,value);else{const jsKey=toJS.toJS(key,"",ctx);if(map instanceof Map){map.set(jsKey,toJS.toJS(value,jsKey,ctx))}else if(map instanceof Set){map.add(jsKey)}else{const stringKey=stringifyKey(key,jsKey,ctx);const jsValue=toJS.toJS(value,stringKey,ctx);if(stringKey in map)Object.defineProperty(map,stringKey,{value:jsValue,writable:true,enumerable:true,configurable:true});else map[stringKey]=jsValue}}return map}function stringifyKey(key,jsKey,ctx){if(jsKey===null)return"";if(typeof jsKey!=="object")return String(jsKey);if(identity.isNode(key)&&ctx?.doc){const strCtx=stringify.createStringifyContext(ctx.doc,{});strCtx.anchors=new Set;for(const node of ctx.anchors.keys())strCtx.anchors.add(node.anchor);strCtx.inFlow=true;strCtx.inStringifyKey=true;const strKey=key.toString(strCtx);if(!ctx.mapKeyWarned){let jsonStr=JSON.stringify(strKey);if(jsonStr.length>40)jsonStr=jsonStr.substring(0,36)+'..."';log.warn(ctx.doc.options.logLevel,`Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);ctx.mapKeyWarned=true}return strKey}return JSON.stringify(jsKey)}exports.addPairToJSMap=addPairToJSMap}),41127:((__unused_webpack_module,exports)=>{const ALIAS=Symbol.for("yaml.alias");const DOC=Symbol.for("yaml.document");const MAP=Symbol.for("yaml.map");const PAIR=Symbol.for("yaml.pair");const SCALAR=Symbol.for("yaml.scalar");const SEQ=Symbol.for("yaml.seq");const NODE_TYPE=Symbol.for("yaml.node.type");const isAlias=node=>!!node&&typeof node==="object"&&node[NODE_TYPE]===ALIAS;const isDocument=node=>!!node&&typeof node==="object"&&node[NODE_TYPE]===DOC;const isMap=node=>!!node&&typeof node==="object"&&node[NODE_TYPE]===MAP;const isPair=node=>!!node&&typeof node==="object"&&node[NODE_TYPE]===PAIR;const isScalar=node=>!!node&&typeof node==="object"&&node[NODE_TYPE]===SCALAR;const isSeq=node=>!!node&&typeof node==="object"&&node[NODE_TYPE]===SEQ;function isCollection(node){if(node&&typeof node==="object")switch(node[NODE_TYPE]){case MAP:case SEQ:return true}return false}function isNode(node){if(node&&typeof node==="object")switch(node[NODE_TYPE]){case ALIAS:case MAP:case SCALAR:case SEQ:return true}return false}const hasAnchor=node=>(isScalar(node)||isCollection(node))&&!!node.anchor;exports.ALIAS=ALIAS;exports.DOC=DOC;exports.MAP=MAP;exports.NODE_TYPE=NODE_TYPE;exports.PAIR=PAIR;exports.SCALAR=SCALAR;exports.SEQ=SEQ;exports.hasAnchor=hasAnchor;exports.isAlias=isAlias;exports.isCollection=isCollection;exports.isDocument=isDocument;exports.isMap=isMap;exports.isNode=isNode;exports.isPair=isPair;exports.isScalar=isScalar;exports.isSeq=isSeq}),74043:((__unused_webpack_module,exports,__webpack_require__)=>{var identity=__webpack_require__(41127);function toJS(value,arg,ctx){if(Array.isArray(value))return value.map((v,i)=>toJS(v,String(i),ctx));if(value&&typeof value.toJSON==="function"){if(!ctx||!identity.hasAnchor(value))return value.toJSON(arg,ctx);const data={aliasCount:0,count:1,res:undefined};ctx.anchors.set(value,data);ctx.onCreate=res=>{data.res=res;delete ctx.onCreate};const res=value.toJSON(arg,ctx);if(ctx.onCreate)ctx.onCreate(res);return res}if(typeof value==="bigint"&&!ctx?.keep)return Number(value);return value}exports.toJS=toJS}),60110:((__unused_webpack_module,exports,__webpack_require__)=>{var resolveBlockScalar=__webpack_require__(48913);var resolveFlowScalar=__webpack_require__(76842);var errors=__webpack_require__(91464);var stringifyString=__webpack_require__(83069);function resolveAsScalar(token,strict=true,onError){if(token){const _onError=(pos,code,message)=>{const offset=typeof pos==="number"?pos:Array.isArray(pos)?pos[0]:pos.offset;if(onError)onError(offset,code,message);else throw new errors.YAMLParseError([offset,offset+1],code,message)};switch(token.type){case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":return resolveFlowScalar.resolveFlowScalar(token,strict,_onError);case"block-scalar":return resolveBlockScalar.resolveBlockScalar({options:{strict}},token,_onError)}}return null}function createScalarToken(value,context){const{implicitKey=false,indent,inFlow=false,offset=-1,type="PLAIN"}=context;const source=stringifyString.stringifyString({type,value},{implicitKey,indent:indent>0?" ".repeat(indent):"",inFlow,options:{blockQuote:true,lineWidth:-1}});const end=context.end??[{type:"newline",offset:-1,indent,source:"\n"}];switch(source[0]){case"|":case">":{const he=source.indexOf("\n");const head=source.substring(0,he);const body=source.substring(he+1)+"\n";const props=[{type:"block-scalar-header",offset,indent,source:head}];if(!addEndtoBlockProps(props,end))props.push({type:"newline",offset:-1,indent,source:"\n"});return{type:"block-scalar",offset,indent,props,source:body}}case'"':return{type:"double-quoted-scalar",offset,indent,source,end};case"'":return{type:"single-quoted-scalar",offset,indent,source,end};default:return{type:"scalar",offset,indent,source,end}}}function setScalarValue(token,value,context={}){let{afterKey=false,implicitKey=false,inFlow=false,type}=context;let indent="indent"in token?token.indent:null;if(afterKey&&typeof indent==="number")indent+=2;if(!type)switch(token.type){case"single-quoted-scalar":type="QUOTE_SINGLE";break;case"double-quoted-scalar":type="QUOTE_DOUBLE";break;case"block-scalar":{const header=token.props[0];if(header.type!=="block-scalar-header")throw new Error("Invalid block scalar header");type=header.source[0]===">"?"BLOCK_FOLDED":"BLOCK_LITERAL";break}default:type="PLAIN"}const source=stringifyString.stringifyString({type,value},{implicitKey:implicitKey||indent===null,indent:indent!==null&&indent>0?" ".repeat(indent):"",inFlow,options:{blockQuote:true,lineWidth:-1}});switch(source[0]){case"|":case">":setBlockScalarValue(token,source);break;case'"':setFlowScalarValue(token,source,"double-quoted-scalar");break;case"'":setFlowScalarValue(token,source,"single-quoted-scalar");break;default:setFlowScalarValue(token,source,"scalar")}}function setBlockScalarValue(token,source){const he=source.indexOf("\n");const head=source.substring(0,he);const body=source.substring(he+1)+"\n";if(token.type==="block-scalar"){const header=token.props[0];if(header.type!=="block-scalar-header")throw new Error("Invalid block scalar header");header.source=head;token.source=body}else{const{offset}=token;const indent="indent"in token?token.indent:-1;const props=[{type:"block-scalar-header",offset,indent,source:head}];if(!addEndtoBlockProps(props,"end"in token?token.end:undefined))props.push({type:"newline",offset:-1,indent,source:"\n"});for(const key of Object.keys(token))if(key!=="type"&&key!=="offset")delete token[key];Object.assign(token,{type:"block-scalar",indent,props,source:body})}}function addEndtoBlockProps(props,end){if(end)for(const st of end)switch(st.type){case"space":case"comment":props.push(st);break;case"newline":props.push(st);return true}return false}function setFlowScalarValue(token,source,type){switch(token.type){case"scalar":case"double-quoted-scalar":case"single-quoted-scalar":token.type=type;token.source=source;break;case"block-scalar":{const end=token.props.slice(1);let oa=source.length;if(token.props[0].type==="block-scalar-header")oa-=token.props[0].source.length;for(const tok of end)tok.offset+=oa;delete token.props;Object.assign(token,{type,source,end});break}case"block-map":case"block-seq":{const offset=token.offset+source.length;const nl={type:"newline",offset,indent:token.indent,source:"\n"};delete token.items;Object.assign(token,{type,source,end:[nl]});break}default:{const indent="indent"in token?token.indent:-1;const end="end"in token&&Array.isArray(token.end)?token.end.filter(st=>st.type==="space"||st.type==="comment"||st.type==="newline"):[];for(const key of Object.keys(token))if(key!=="type"&&key!=="offset")delete token[key];Object.assign(token,{type,indent,source,end})}}}exports.createScalarToken=createScalarToken;exports.resolveAsScalar=resolveAsScalar;exports.setScalarValue=setScalarValue}),91733:((__unused_webpack_module,exports)=>{const stringify=cst=>"type"in cst?stringifyToken(cst):stringifyItem(cst);function stringifyToken(token){switch(token.type){case"block-scalar":{let res="";for(const tok of token.props)res+=stringifyToken(tok);return res+token.source}case"block-map":case"block-seq":{let res="";for(const item of token.items)res+=stringifyItem(item);return res}case"flow-collection":{let res=token.start.source;for(const item of token.items)res+=stringifyItem(item);for(const st of token.end)res+=st.source;return res}case"document":{let res=stringifyItem(token);if(token.end)for(const st of token.end)res+=st.source;return res}default:{let res=token.source;if("end"in token&&token.end)for(const st of token.end)res+=st.source;return res}}}function stringifyItem({start,key,sep,value}){let res="";for(const st of start)res+=st.source;if(key)res+=stringifyToken(key);if(sep)for(const st of sep)res+=st.source;if(value)res+=stringifyToken(value);return res}exports.stringify=stringify}),97715:((__unused_webpack_module,exports)=>{const BREAK=Symbol("break visit");const SKIP=Symbol("skip children");const REMOVE=Symbol("remove item");function visit(cst,visitor){if("type"in cst&&cst.type==="document")cst={start:cst.start,value:cst.value};_visit(Object.freeze([]),cst,visitor)}visit.BREAK=BREAK;visit.SKIP=SKIP;visit.REMOVE=REMOVE;visit.itemAtPath=(cst,path)=>{let item=cst;for(const[field,index]of path){const tok=item?.[field];if(tok&&"items"in tok){item=tok.items[index]}else return undefined}return item};visit.parentCollection=(cst,path)=>{const parent=visit.itemAtPath(cst,path.slice(0,-1));const field=path[path.length-1][0];const coll=parent?.[field];if(coll&&"items"in coll)return coll;throw new Error("Parent collection not found")};function _visit(path,item,visitor){let ctrl=visitor(item,path);if(typeof ctrl==="symbol")return ctrl;for(const field of["key","value"]){const token=item[field];if(token&&"items"in token){for(let i=0;i<token.items.length;++i){const ci=_visit(Object.freeze(path.concat([[field,i]])),token.items[i],visitor);if(typeof ci==="number")i=ci-1;else if(ci===BREAK)return BREAK;else if(ci===REMOVE){token.items.splice(i,1);i-=1}}if(typeof ctrl==="function"&&field==="key")ctrl=ctrl(item,path)}}return typeof ctrl==="function"?ctrl(item,path):ctrl}exports.visit=visit}),3461:((__unused_webpack_module,exports,__webpack_require__)=>{var cstScalar=__webpack_require__(60110);var cstStringify=__webpack_require__(91733);var cstVisit=__webpack_require__(97715);const BOM="\uFEFF";const DOCUMENT="\x02";const FLOW_END="\x18";const SCALAR="\x1f";const isCollection=token=>!!token&&"items"in token;const isScalar=token=>!!token&&(token.type==="scalar"||token.type==="single-quoted-scalar"||token.type==="double-quoted-scalar"||token.type==="block-scalar");function prettyToken(token){switch(token){case BOM:return"<BOM>";case DOCUMENT:return"<DOC>";case FLOW_END:return"<FLOW_END>";case SCALAR:return"<SCALAR>";default:return JSON.stringify(token)}}function tokenType(source){switch(source){case BOM:return"byte-order-mark";case DOCUMENT:return"doc-mode";case FLOW_END:return"flow-error-end";case SCALAR:return"scalar";case"---":return"doc-start";case"...":return"doc-end";case"":case"\n":case"\r\n":return"newline";case"-":return"seq-item-ind";case"?":return"explicit-key-ind";case":":return"map-value-ind";case"{":return"flow-map-start";case"}":return"flow-map-end";case"[":return"flow-seq-start";case"]":return"flow-seq-end";case",":return"comma"}switch(source[0]){case" ":case"	":return"space";case"#":return"comment";case"%":return"directive-line";case"*":return"alias";case"&":return"anchor";case"!":return"tag";case"'":return"single-quoted-scalar";case'"':return"double-quoted-scalar";case"|":case">":return"block-scalar-header"}return null}exports.createScalarToken=cstScalar.createScalarToken;exports.resolveAsScalar=cstScalar.resolveAsScalar;exports.setScalarValue=cstScalar.setScalarValue;exports.stringify=cstStringify.stringify;exports.visit=cstVisit.visit;exports.BOM=BOM;exports.DOCUMENT=DOCUMENT;exports.FLOW_END=FLOW_END;exports.SCALAR=SCALAR;exports.isCollection=isCollection;exports.isScalar=isScalar;exports.prettyToken=prettyToken;exports.tokenType=tokenType}),40361:((__unused_webpack_module,exports,__webpack_require__)=>{var cst=__webpack_require__(3461);function isEmpty(ch){switch(ch){case undefined:case" ":case"\n":case"\r":case"	":return true;default:return false}}const hexDigits=new Set("0123456789ABCDEFabcdef");const tagChars=new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");const flowIndicatorChars=new Set(",[]{}");const invalidAnchorChars=new Set(" ,[]{}\n\r	");const isNotAnchorChar=ch=>!ch||invalidAnchorChars.has(ch);class Lexer{constructor(){this.atEnd=false;this.blockScalarIndent=-1;this.blockScalarKeep=false;this.buffer="";this.flowKey=false;this.flowLevel=0;this.indentNext=0;this.indentValue=0;this.lineEndPos=null;this.next=null;this.pos=0}*lex(source,incomplete=false){if(source){if(typeof source!=="string")throw TypeError("source is not a string");this.buffer=this.buffer?this.buffer+source:source;this.lineEndPos=null}this.atEnd=!incomplete;let next=this.next??"stream";while(next&&(incomplete||this.hasChars(1)))next=yield*this.parseNext(next)}atLineEnd(){let i=this.pos;let ch=this.buffer[i];while(ch===" "||ch==="	")ch=this.buffer[++i];if(!ch||ch==="#"||ch==="\n")return true;if(ch==="\r")return this.buffer[i+1]==="\n";return false}charAt(n){return this.buffer[this.pos+n]}continueScalar(offset){let ch=this.buffer[offset];if(this.indentNext>0){let indent=0;while(ch===" ")ch=this.buffer[++indent+offset];if(ch==="\r"){const next=this.buffer[indent+offset+1];if(next==="\n"||!next&&!this.atEnd)return offset+indent+1}return ch==="\n"||indent>=this.indentNext||!ch&&!this.atEnd?offset+indent:-1}if(ch==="-"||ch==="."){const dt=this.buffer.substr(offset,3);if((dt==="---"||dt==="...")&&isEmpty(this.buffer[offset+3]))return-1}return offset}getLine(){let end=this.lineEndPos;if(typeof end!=="number"||end!==-1&&end<this.pos){end=this.buffer.indexOf("\n",this.pos);this.lineEndPos=end}if(end===-1)return this.atEnd?this.buffer.substring(this.pos):null;if(this.buffer[end-1]==="\r")end-=1;return this.buffer.substring(this.pos,end)}hasChars(n){return this.pos+n<=this.buffer.length}setNext(state){this.buffer=this.buffer.substring(this.pos);this.pos=0;this.lineEndPos=null;this.next=state;return null}peek(n){return this.buffer.substr(this.pos,n)}*parseNext(next){switch(next){case"stream":return yield*this.parseStream();case"line-start":return yield*this.parseLineStart();case"block-start":return yield*this.parseBlockStart();case"doc":return yield*this.parseDocument();case"flow":return yield*this.parseFlowCollection();case"quoted-scalar":return yield*this.parseQuotedScalar();case"block-scalar":return yield*this.parseBlockScalar();case"plain-scalar":return yield*this.parsePlainScalar()}}*parseStream(){let line=this.getLine();if(line===null)return this.setNext("stream");if(line[0]===cst.BOM){yield*this.pushCount(1);line=line.substring(1)}if(line[0]==="%"){let dirEnd=line.length;let cs=line.indexOf("#");while(cs!==-1){const ch=line[cs-1];if(ch===" "||ch==="	"){dirEnd=cs-1;break}else{cs=line.indexOf("#",cs+1)}}while(true){const ch=line[dirEnd-1];if(ch===" "||ch==="	")dirEnd-=1;else break}const n=(yield*this.pushCount(dirEnd))+(yield*this.pushSpaces(true));yield*this.pushCount(line.length-n);this.pushNewline();return"stream"}if(this.atLineEnd()){const sp=yield*this.pushSpaces(true);yield*this.pushCount(line.length-sp);yield*this.pushNewline();return"stream"}yield cst.DOCUMENT;return yield*this.parseLineStart()}*parseLineStart(){const ch=this.charAt(0);if(!ch&&!this.atEnd)return this.setNext("line-start");if(ch==="-"||ch==="."){if(!this.atEnd&&!this.hasChars(4))return this.setNext("line-start");const s=this.peek(3);if((s==="---"||s==="...")&&isEmpty(this.charAt(3))){yield*this.pushCount(3);this.indentValue=0;this.indentNext=0;return s==="---"?"doc":"stream"}}this.indentValue=yield*this.pushSpaces(false);if(this.indentNext>this.indentValue&&!isEmpty(this.charAt(1)))this.indentNext=this.indentValue;return yield*this.parseBlockStart()}*parseBlockStart(){const[ch0,ch1]=this.peek(2);if(!ch1&&!this.atEnd)return this.setNext("block-start");if((ch0==="-"||ch0==="?"||ch0===":")&&isEmpty(ch1)){const n=(yield*this.pushCount(1))+(yield*this.pushSpaces(true));this.indentNext=this.indentValue+1;this.indentValue+=n;return"block-start"}return"doc"}*parseDocument(){yield*this.pushSpaces(true);const line=this.getLine();if(line===null)return this.setNext("doc");let n=yield*this.pushIndicators();switch(line[n]){case"#":yield*this.pushCount(line.length-n);case undefined:yield*this.pushNewline();return yield*this.parseLineStart();case"{":case"[":yield*this.pushCount(1);this.flowKey=false;this.flowLevel=1;return"flow";case"}":case"]":yield*this.pushCount(1);return"doc";case"*":yield*this.pushUntil(isNotAnchorChar);return"doc";case'"':case"'":return yield*this.parseQuotedScalar();case"|":case">":n+=yield*this.parseBlockScalarHeader();n+=yield*this.pushSpaces(true);yield*this.pushCount(line.length-n);yield*this.pushNewline();return yield*this.parseBlockScalar();default:return yield*this.parsePlainScalar()}}*parseFlowCollection(){let nl,sp;let indent=-1;do{nl=yield*this.pushNewline();if(nl>0){sp=yield*this.pushSpaces(false);this.indentValue=indent=sp}else{sp=0}sp+=yield*this.pushSpaces(true)}while(nl+sp>0);const line=this.getLine();if(line===null)return this.setNext("flow");if(indent!==-1&&indent<this.indentNext&&line[0]!=="#"||indent===0&&(line.startsWith("---")||line.startsWith("..."))&&isEmpty(line[3])){const atFlowEndMarker=indent===this.indentNext-1&&this.flowLevel===1&&(line[0]==="]"||line[0]==="}");if(!atFlowEndMarker){this.flowLevel=0;yield cst.FLOW_END;return yield*this.parseLineStart()}}let n=0;while(line[n]===","){n+=yield*this.pushCount(1);n+=yield*this.pushSpaces(true);this.flowKey=false}n+=yield*this.pushIndicators();switch(line[n]){case undefined:return"flow";case"#":yield*this.pushCount(line.length-n);return"flow";case"{":case"[":yield*this.pushCount(1);this.flowKey=false;this.flowLevel+=1;return"flow";case"}":case"]":yield*this.pushCount(1);this.flowKey=true;this.flowLevel-=1;return this.flowLevel?"flow":"doc";case"*":yield*this.pushUntil(isNotAnchorChar);return"flow";case'"':case"'":this.flowKey=true;return yield*this.parseQuotedScalar();case":":{const next=this.charAt(1);if(this.flowKey||isEmpty(next)||next===","){this.flowKey=false;yield*this.pushCount(1);yield*this.pushSpaces(true);return"flow"}}default:this.flowKey=false;return yield*this.parsePlainScalar()}}*parseQuotedScalar(){const quote=this.charAt(0);let end=this.buffer.indexOf(quote,this.pos+1);if(quote==="'"){while(end!==-1&&this.buffer[end+1]==="'")end=this.buffer.indexOf("'",end+2)}else{while(end!==-1){let n=0;while(this.buffer[end-1-n]==="\\")n+=1;if(n%2===0)break;end=this.buffer.indexOf('"',end+1)}}const qb=this.buffer.substring(0,end);let nl=qb.indexOf("\n",this.pos);if(nl!==-1){while(nl!==-1){const cs=this.continueScalar(nl+1);if(cs===-1)break;nl=qb.indexOf("\n",cs)}if(nl!==-1){end=nl-(qb[nl-1]==="\r"?2:1)}}if(end===-1){if(!this.atEnd)return this.setNext("quoted-scalar");end=this.buffer.length}yield*this.pushToIndex(end+1,false);return this.flowLevel?"flow":"doc"}*parseBlockScalarHeader(){this.blockScalarIndent=-1;this.blockScalarKeep=false;let i=this.pos;while(true){const ch=this.buffer[++i];if(ch==="+")this.blockScalarKeep=true;else if(ch>"0"&&ch<="9")this.blockScalarIndent=Number(ch)-1;else if(ch!=="-")break}return yield*this.pushUntil(ch=>isEmpty(ch)||ch==="#")}*parseBlockScalar(){let nl=this.pos-1;let indent=0;let ch;loop:for(let i=this.pos;ch=this.buffer[i];++i){switch(ch){case" ":indent+=1;break;case"\n":nl=i;indent=0;break;case"\r":{const next=this.buffer[i+1];if(!next&&!this.atEnd)return this.setNext("block-scalar");if(next==="\n")break}default:break loop}}if(!ch&&!this.atEnd)return this.setNext("block-scalar");if(indent>=this.indentNext){if(this.blockScalarIndent===-1)this.indentNext=indent;else{this.indentNext=this.blockScalarIndent+(this.indentNext===0?1:this.indentNext)}do{const cs=this.continueScalar(nl+1);if(cs===-1)break;nl=this.buffer.indexOf("\n",cs)}while(nl!==-1);if(nl===-1){if(!this.atEnd)return this.setNext("block-scalar");nl=this.buffer.length}}let i=nl+1;ch=this.buffer[i];while(ch===" ")ch=this.buffer[++i];if(ch==="	"){while(ch==="	"||ch===" "||ch==="\r"||ch==="\n")ch=this.buffer[++i];nl=i-1}else if(!this.blockScalarKeep){do{let i=nl-1;let ch=this.buffer[i];if(ch==="\r")ch=this.buffer[--i];const lastChar=i;while(ch===" ")ch=this.buffer[--i];if(ch==="\n"&&i>=this.pos&&i+1+indent>lastChar)nl=i;else break}while(true)}yield cst.SCALAR;yield*this.pushToIndex(nl+1,true);return yield*this.parseLineStart()}*parsePlainScalar(){const inFlow=this.flowLevel>0;let end=this.pos-1;let i=this.pos-1;let ch;while(ch=this.buffer[++i]){if(ch===":"){const next=this.buffer[i+1];if(isEmpty(next)||inFlow&&flowIndicatorChars.has(next))break;end=i}else if(isEmpty(ch)){let next=this.buffer[i+1];if(ch==="\r"){if(next==="\n"){i+=1;ch="\n";next=this.buffer[i+1]}else end=i}if(next==="#"||inFlow&&flowIndicatorChars.has(next))break;if(ch==="\n"){const cs=this.continueScalar(i+1);if(cs===-1)break;i=Math.max(i,cs-2)}}else{if(inFlow&&flowIndicatorChars.has(ch))break;end=i}}if(!ch&&!this.atEnd)return this.setNext("plain-scalar");yield cst.SCALAR;yield*this.pushToIndex(end+1,true);return inFlow?"flow":"doc"}*pushCount(n){if(n>0){yield this.buffer.substr(this.pos,n);this.pos+=n;return n}return 0}*pushToIndex(i,allowEmpty){const s=this.buffer.slice(this.pos,i);if(s){yield s;this.pos+=s.length;return s.length}else if(allowEmpty)yield"";return 0}*pushIndicators(){let n=0;loop:while(true){switch(this.charAt(0)){case"!":n+=yield*this.pushTag();n+=yield*this.pushSpaces(true);continue loop;case"&":n+=yield*this.pushUntil(isNotAnchorChar);n+=yield*this.pushSpaces(true);continue loop;case"-":case"?":case":":{const inFlow=this.flowLevel>0;const ch1=this.charAt(1);if(isEmpty(ch1)||inFlow&&flowIndicatorChars.has(ch1)){if(!inFlow)this.indentNext=this.indentValue+1;else if(this.flowKey)this.flowKey=false;n+=yield*this.pushCount(1);n+=yield*this.pushSpaces(true);continue loop}}}break loop}return n}*pushTag(){if(this.charAt(1)==="<"){let i=this.pos+2;let ch=this.buffer[i];while(!isEmpty(ch)&&ch!==">")ch=this.buffer[++i];return yield*this.pushToIndex(ch===">"?i+1:i,false)}else{let i=this.pos+1;let ch=this.buffer[i];while(ch){if(tagChars.has(ch))ch=this.buffer[++i];else if(ch==="%"&&hexDigits.has(this.buffer[i+1])&&hexDigits.has(this.buffer[i+2])){ch=this.buffer[i+=3]}else break}return yield*this.pushToIndex(i,false)}}*pushNewline(){const ch=this.buffer[this.pos];if(ch==="\n")return yield*this.pushCount(1);else if(ch==="\r"&&this.charAt(1)==="\n")return yield*this.pushCount(2);else return 0}*pushSpaces(allowTabs){let i=this.pos-1;let ch;do{ch=this.buffer[++i]}while(ch===" "||allowTabs&&ch==="	");const n=i-this.pos;if(n>0){yield this.buffer.substr(this.pos,n);this.pos=i}return n}*pushUntil(test){let i=this.pos;let ch=this.buffer[i];while(!test(ch))ch=this.buffer[++i];return yield*this.pushToIndex(i,false)}}exports.Lexer=Lexer}),66628:((__unused_webpack_module,exports)=>{class LineCounter{constructor(){this.lineStarts=[];this.addNewLine=offset=>this.lineStarts.push(offset);this.linePos=offset=>{let low=0;let high=this.lineStarts.length;while(low<high){const mid=low+high>>1;if(this.lineStarts[mid]<offset)low=mid+1;else high=mid}if(this.lineStarts[low]===offset)return{line:low+1,col:1};if(low===0)return{line:0,col:offset};const start=this.lineStarts[low-1];return{line:low,col:offset-start+1}}}}exports.LineCounter=LineCounter}),3456:((__unused_webpack_module,exports,__webpack_require__)=>{var node_process=__webpack_require__(932);var cst=__webpack_require__(3461);var lexer=__webpack_require__(40361);function includesToken(list,type){for(let i=0;i<list.length;++i)if(list[i].type===type)return true;return false}function findNonEmptyIndex(list){for(let i=0;i<list.length;++i){switch(list[i].type){case"space":case"comment":case"newline":break;default:return i}}return-1}function isFlowToken(token){switch(token?.type){case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":case"flow-collection":return true;default:return false}}function getPrevProps(parent){switch(parent.type){case"document":return parent.start;case"block-map":{const it=parent.items[parent.items.length-1];return it.sep??it.start}case"block-seq":return parent.items[parent.items.length-1].start;default:return[]}}function getFirstKeyStartProps(prev){if(prev.length===0)return[];let i=prev.length;loop:while(--i>=0){switch(prev[i].type){case"doc-start":case"explicit-key-ind":case"map-value-ind":case"seq-item-ind":case"newline":break loop}}while(prev[++i]?.type==="space"){}return prev.splice(i,prev.length)}function arrayPushArray(target,source){if(source.length<1e5)Array.prototype.push.apply(target,source);else for(let i=0;i<source.length;++i)target.push(source[i])}function fixFlowSeqItems(fc){if(fc.start.type==="flow-seq-start"){for(const it of fc.items){if(it.sep&&!it.value&&!includesToken(it.start,"explicit-key-ind")&&!includesToken(it.sep,"map-value-ind")){if(it.key)it.value=it.key;delete it.key;if(isFlowToken(it.value)){if(it.value.end)arrayPushArray(it.value.end,it.sep);else it.value.end=it.sep}else arrayPushArray(it.start,it.sep);delete it.sep}}}}class Parser{constructor(onNewLine){this.atNewLine=true;this.atScalar=false;this.indent=0;this.offset=0;this.onKeyLine=false;this.stack=[];this.source="";this.type="";this.lexer=new lexer.Lexer;this.onNewLine=onNewLine}*parse(source,incomplete=false){if(this.onNewLine&&this.offset===0)this.onNewLine(0);for(const lexeme of this.lexer.lex(source,incomplete))yield*this.next(lexeme);if(!incomplete)yield*this.end()}*next(source){this.source=source;if(node_process.env.LOG_TOKENS)console.log("|",cst.prettyToken(source));if(this.atScalar){this.atScalar=false;yield*this.step();this.offset+=source.length;return}const type=cst.tokenType(source);if(!type){const message=`Not a YAML token: ${source}`;yield*this.pop({type:"error",offset:this.offset,message,source});this.offset+=source.length}else if(type==="scalar"){this.atNewLine=false;this.atScalar=true;this.type="scalar"}else{this.type=type;yield*this.step();switch(type){case"newline":this.atNewLine=true;this.indent=0;if(this.onNewLine)this.onNewLine(this.offset+source.length);break;case"space":if(this.atNewLine&&source[0]===" ")this.indent+=source.length;break;case"explicit-key-ind":case"map-value-ind":case"seq-item-ind":if(this.atNewLine)this.indent+=source.length;break;case"doc-mode":case"flow-error-end":return;default:this.atNewLine=false}this.offset+=source.length}}*end(){while(this.stack.length>0)yield*this.pop()}get sourceToken(){const st={type:this.type,offset:this.offset,indent:this.indent,source:this.source};return st}*step(){const top=this.peek(1);if(this.type==="doc-end"&&top?.type!=="doc-end"){while(this.stack.length>0)yield*this.pop();this.stack.push({type:"doc-end",offset:this.offset,source:this.source});return}if(!top)return yield*this.stream();switch(top.type){case"document":return yield*this.document(top);case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":return yield*this.scalar(top);case"block-scalar":return yield*this.blockScalar(top);case"block-map":return yield*this.blockMap(top);case"block-seq":return yield*this.blockSequence(top);case"flow-collection":return yield*this.flowCollection(top);case"doc-end":return yield*this.documentEnd(top)}yield*this.pop()}peek(n){return this.stack[this.stack.length-n]}*pop(error){const token=error??this.stack.pop();if(!token){const message="Tried to pop an empty stack";yield{type:"error",offset:this.offset,source:"",message}}else if(this.stack.length===0){yield token}else{const top=this.peek(1);if(token.type==="block-scalar"){token.indent="indent"in top?top.indent:0}else if(token.type==="flow-collection"&&top.type==="document"){token.indent=0}if(token.type==="flow-collection")fixFlowSeqItems(token);switch(top.type){case"document":top.value=token;break;case"block-scalar":top.props.push(token);break;case"block-map":{const it=top.items[top.items.length-1];if(it.value){top.items.push({start:[],key:token,sep:[]});this.onKeyLine=true;return}else if(it.sep){it.value=token}else{Object.assign(it,{key:token,sep:[]});this.onKeyLine=!it.explicitKey;return}break}case"block-seq":{const it=top.items[top.items.length-1];if(it.value)top.items.push({start:[],value:token});else it.value=token;break}case"flow-collection":{const it=top.items[top.items.length-1];if(!it||it.value)top.items.push({start:[],key:token,sep:[]});else if(it.sep)it.value=token;else Object.assign(it,{key:token,sep:[]});return}default:yield*this.pop();yield*this.pop(token)}if((top.type==="document"||top.type==="block-map"||top.type==="block-seq")&&(token.type==="block-map"||token.type==="block-seq")){const last=token.items[token.items.length-1];if(last&&!last.sep&&!last.value&&last.start.length>0&&findNonEmptyIndex(last.start)===-1&&(token.indent===0||last.start.every(st=>st.type!=="comment"||st.indent<token.indent))){if(top.type==="document")top.end=last.start;else top.items.push({start:last.start});token.items.splice(-1,1)}}}}*stream(){switch(this.type){case"directive-line":yield{type:"directive",offset:this.offset,source:this.source};return;case"byte-order-mark":case"space":case"comment":case"newline":yield this.sourceToken;return;case"doc-mode":case"doc-start":{const doc={type:"document",offset:this.offset,start:[]};if(this.type==="doc-start")doc.start.push(this.sourceToken);this.stack.push(doc);return}}yield{type:"error",offset:this.offset,message:`Unexpected ${this.type} token in YAML stream`,source:this.source}}*document(doc){if(doc.value)return yield*this.lineEnd(doc);switch(this.type){case"doc-start":{if(findNonEmptyIndex(doc.start)!==-1){yield*this.pop();yield*this.step()}else doc.start.push(this.sourceToken);return}case"anchor":case"tag":case"space":case"comment":case"newline":doc.start.push(this.sourceToken);return}const bv=this.startBlockValue(doc);if(bv)this.stack.push(bv);else{yield{type:"error",offset:this.offset,message:`Unexpected ${this.type} token in YAML document`,source:this.source}}}*scalar(scalar){if(this.type==="map-value-ind"){const prev=getPrevProps(this.peek(2));const start=getFirstKeyStartProps(prev);let sep;if(scalar.end){sep=scalar.end;sep.push(this.sourceToken);delete scalar.end}else sep=[this.sourceToken];const map={type:"block-map",offset:scalar.offset,indent:scalar.indent,items:[{start,key:scalar,sep}]};this.onKeyLine=true;this.stack[this.stack.length-1]=map}else yield*this.lineEnd(scalar)}*blockScalar(scalar){switch(this.type){case"space":case"comment":case"newline":scalar.props.push(this.sourceToken);return;case"scalar":scalar.source=this.source;this.atNewLine=true;this.indent=0;if(this.onNewLine){let nl=this.source.indexOf("\n")+1;while(nl!==0){this.onNewLine(this.offset+nl);nl=this.source.indexOf("\n",nl)+1}}yield*this.pop();break;default:yield*this.pop();yield*this.step()}}*blockMap(map){const it=map.items[map.items.length-1];switch(this.type){case"newline":this.onKeyLine=false;if(it.value){const end="end"in it.value?it.value.end:undefined;const last=Array.isArray(end)?end[end.length-1]:undefined;if(last?.type==="comment")end?.push(this.sourceToken);else map.items.push({start:[this.sourceToken]})}else if(it.sep){it.sep.push(this.sourceToken)}else{it.start.push(this.sourceToken)}return;case"space":case"comment":if(it.value){map.items.push({start:[this.sourceToken]})}else if(it.sep){it.sep.push(this.sourceToken)}else{if(this.atIndentedComment(it.start,map.indent)){const prev=map.items[map.items.length-2];const end=prev?.value?.end;if(Array.isArray(end)){arrayPushArray(end,it.start);end.push(this.sourceToken);map.items.pop();return}}it.start.push(this.sourceToken)}return}if(this.indent>=map.indent){const atMapIndent=!this.onKeyLine&&this.indent===map.indent;const atNextItem=atMapIndent&&(it.sep||it.explicitKey)&&this.type!=="seq-item-ind";let start=[];if(atNextItem&&it.sep&&!it.value){const nl=[];for(let i=0;i<it.sep.length;++i){const st=it.sep[i];switch(st.type){case"newline":nl.push(i);break;case"space":break;case"comment":if(st.indent>map.indent)nl.length=0;break;default:nl.length=0}}if(nl.length>=2)start=it.sep.splice(nl[1])}switch(this.type){case"anchor":case"tag":if(atNextItem||it.value){start.push(this.sourceToken);map.items.push({start});this.onKeyLine=true}else if(it.sep){it.sep.push(this.sourceToken)}else{it.start.push(this.sourceToken)}return;case"explicit-key-ind":if(!it.sep&&!it.explicitKey){it.start.push(this.sourceToken);it.explicitKey=true}else if(atNextItem||it.value){start.push(this.sourceToken);map.items.push({start,explicitKey:true})}else{this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:[this.sourceToken],explicitKey:true}]})}this.onKeyLine=true;return;case"map-value-ind":if(it.explicitKey){if(!it.sep){if(includesToken(it.start,"newline")){Object.assign(it,{key:null,sep:[this.sourceToken]})}else{const start=getFirstKeyStartProps(it.start);this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start,key:null,sep:[this.sourceToken]}]})}}else if(it.value){map.items.push({start:[],key:null,sep:[this.sourceToken]})}else if(includesToken(it.sep,"map-value-ind")){this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start,key:null,sep:[this.sourceToken]}]})}else if(isFlowToken(it.key)&&!includesToken(it.sep,"newline")){const start=getFirstKeyStartProps(it.start);const key=it.key;const sep=it.sep;sep.push(this.sourceToken);delete it.key;delete it.sep;this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start,key,sep}]})}else if(start.length>0){it.sep=it.sep.concat(start,this.sourceToken)}else{it.sep.push(this.sourceToken)}}else{if(!it.sep){Object.assign(it,{key:null,sep:[this.sourceToken]})}else if(it.value||atNextItem){map.items.push({start,key:null,sep:[this.sourceToken]})}else if(includesToken(it.sep,"map-value-ind")){this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:[],key:null,sep:[this.sourceToken]}]})}else{it.sep.push(this.sourceToken)}}this.onKeyLine=true;return;case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":{const fs=this.flowScalar(this.type);if(atNextItem||it.value){map.items.push({start,key:fs,sep:[]});this.onKeyLine=true}else if(it.sep){this.stack.push(fs)}else{Object.assign(it,{key:fs,sep:[]});this.onKeyLine=true}return}default:{const bv=this.startBlockValue(map);if(bv){if(bv.type==="block-seq"){if(!it.explicitKey&&it.sep&&!includesToken(it.sep,"newline")){yield*this.pop({type:"error",offset:this.offset,message:"Unexpected block-seq-ind on same line with key",source:this.source});return}}else if(atMapIndent){map.items.push({start})}this.stack.push(bv);return}}}}yield*this.pop();yield*this.step()}*blockSequence(seq){const it=seq.items[seq.items.length-1];switch(this.type){case"newline":if(it.value){const end="end"in it.value?it.value.end:undefined;const last=Array.isArray(end)?end[end.length-1]:undefined;if(last?.type==="comment")end?.push(this.sourceToken);else seq.items.push({start:[this.sourceToken]})}else it.start.push(this.sourceToken);return;case"space":case"comment":if(it.value)seq.items.push({start:[this.sourceToken]});else{if(this.atIndentedComment(it.start,seq.indent)){const prev=seq.items[seq.items.length-2];const end=prev?.value?.end;if(Array.isArray(end)){arrayPushArray(end,it.start);end.push(this.sourceToken);seq.items.pop();return}}it.start.push(this.sourceToken)}return;case"anchor":case"tag":if(it.value||this.indent<=seq.indent)break;it.start.push(this.sourceToken);return;case"seq-item-ind":if(this.indent!==seq.indent)break;if(it.value||includesToken(it.start,"seq-item-ind"))seq.items.push({start:[this.sourceToken]});else it.start.push(this.sourceToken);return}if(this.indent>seq.indent){const bv=this.startBlockValue(seq);if(bv){this.stack.push(bv);return}}yield*this.pop();yield*this.step()}*flowCollection(fc){const it=fc.items[fc.items.length-1];if(this.type==="flow-error-end"){let top;do{yield*this.pop();top=this.peek(1)}while(top?.type==="flow-collection")}else if(fc.end.length===0){switch(this.type){case"comma":case"explicit-key-ind":if(!it||it.sep)fc.items.push({start:[this.sourceToken]});else it.start.push(this.sourceToken);return;case"map-value-ind":if(!it||it.value)fc.items.push({start:[],key:null,sep:[this.sourceToken]});else if(it.sep)it.sep.push(this.sourceToken);else Object.assign(it,{key:null,sep:[this.sourceToken]});return;case"space":case"comment":case"newline":case"anchor":case"tag":if(!it||it.value)fc.items.push({start:[this.sourceToken]});else if(it.sep)it.sep.push(this.sourceToken);else it.start.push(this.sourceToken);return;case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":{const fs=this.flowScalar(this.type);if(!it||it.value)fc.items.push({start:[],key:fs,sep:[]});else if(it.sep)this.stack.push(fs);else Object.assign(it,{key:fs,sep:[]});return}case"flow-map-end":case"flow-seq-end":fc.end.push(this.sourceToken);return}const bv=this.startBlockValue(fc);if(bv)this.stack.push(bv);else{yield*this.pop();yield*this.step()}}else{const parent=this.peek(2);if(parent.type==="block-map"&&(this.type==="map-value-ind"&&parent.indent===fc.indent||this.type==="newline"&&!parent.items[parent.items.length-1].sep)){yield*this.pop();yield*this.step()}else if(this.type==="map-value-ind"&&parent.type!=="flow-collection"){const prev=getPrevProps(parent);const start=getFirstKeyStartProps(prev);fixFlowSeqItems(fc);const sep=fc.end.splice(1,fc.end.length);sep.push(this.sourceToken);const map={type:"block-map",offset:fc.offset,indent:fc.indent,items:[{start,key:fc,sep}]};this.onKeyLine=true;this.stack[this.stack.length-1]=map}else{yield*this.lineEnd(fc)}}}flowScalar(type){if(this.onNewLine){let nl=this.source.indexOf("\n")+1;while(nl!==0){this.onNewLine(this.offset+nl);nl=this.source.indexOf("\n",nl)+1}}return{type,offset:this.offset,indent:this.indent,source:this.source}}startBlockValue(parent){switch(this.type){case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":return this.flowScalar(this.type);case"block-scalar-header":return{type:"block-scalar",offset:this.offset,indent:this.indent,props:[this.sourceToken],source:""};case"flow-map-start":case"flow-seq-start":return{type:"flow-collection",offset:this.offset,indent:this.indent,start:this.sourceToken,items:[],end:[]};case"seq-item-ind":return{type:"block-seq",offset:this.offset,indent:this.indent,items:[{start:[this.sourceToken]}]};case"explicit-key-ind":{this.onKeyLine=true;const prev=getPrevProps(parent);const start=getFirstKeyStartProps(prev);start.push(this.sourceToken);return{type:"block-map",offset:this.offset,indent:this.indent,items:[{start,explicitKey:true}]}}case"map-value-ind":{this.onKeyLine=true;const prev=getPrevProps(parent);const start=getFirstKeyStartProps(prev);return{type:"block-map",offset:this.offset,indent:this.indent,items:[{start,key:null,sep:[this.sourceToken]}]}}}return null}atIndentedComment(start,indent){if(this.type!=="comment")return false;if(this.indent<=indent)return false;return start.every(st=>st.type==="newline"||st.type==="space")}*documentEnd(docEnd){if(this.type!=="doc-mode"){if(docEnd.end)docEnd.end.push(this.sourceToken);else docEnd.end=[this.sourceToken];if(this.type==="newline")yield*this.pop()}}*lineEnd(token){switch(this.type){case"comma":case"doc-start":case"doc-end":case"flow-seq-end":case"flow-map-end":case"map-value-ind":yield*this.pop();yield*this.step();break;case"newline":this.onKeyLine=false;case"space":case"comment":default:if(token.end)token.end.push(this.sourceToken);else token.end=[this.sourceToken];if(this.type==="newline")yield*this.pop()}}}exports.Parser=Parser}),84047:((__unused_webpack_module,exports,__webpack_require__)=>{var composer=__webpack_require__(89984);var Document=__webpack_require__(3021);var errors=__webpack_require__(91464);var log=__webpack_require__(57249);var identity=__webpack_require__(41127);var lineCounter=__webpack_require__(66628);var parser=__webpack_require__(3456);function parseOptions(options){const prettyErrors=options.prettyErrors!==false;const lineCounter$1=options.lineCounter||prettyErrors&&new lineCounter.LineCounter||null;return{lineCounter:lineCounter$1,prettyErrors}}function parseAllDocuments(source,options={}){const{lineCounter,prettyErrors}=parseOptions(options);const parser$1=new parser.Parser(lineCounter?.addNewLine);const composer$1=new composer.Composer(options);const docs=Array.from(composer$1.compose(parser$1.parse(source)));if(prettyErrors&&lineCounter)for(const doc of docs){doc.errors.forEach(errors.prettifyError(source,lineCounter));doc.warnings.forEach(errors.prettifyError(source,lineCounter))}if(docs.length>0)return docs;return Object.assign([],{empty:true},composer$1.streamInfo())}function parseDocument(source,options={}){const{lineCounter,prettyErrors}=parseOptions(options);const parser$1=new parser.Parser(lineCounter?.addNewLine);const composer$1=new composer.Composer(options);let doc=null;for(const _doc of composer$1.compose(parser$1.parse(source),true,source.length)){if(!doc)doc=_doc;else if(doc.options.logLevel!=="silent"){doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0,2),"MULTIPLE_DOCS","Source contains multiple documents; please use YAML.parseAllDocuments()"));break}}if(prettyErrors&&lineCounter){doc.errors.forEach(errors.prettifyError(source,lineCounter));doc.warnings.forEach(errors.prettifyError(source,lineCounter))}return doc}function parse(src,reviver,options){let _reviver=undefined;if(typeof reviver==="function"){_reviver=reviver}else if(options===undefined&&reviver&&typeof reviver==="object"){options=reviver}const doc=parseDocument(src,options);if(!doc)return null;doc.warnings.forEach(warning=>log.warn(doc.options.logLevel,warning));if(doc.errors.length>0){if(doc.options.logLevel!=="silent")throw doc.errors[0];else doc.errors=[]}return doc.toJS(Object.assign({reviver:_reviver},options))}function stringify(value,replacer,options){let _replacer=null;if(typeof replacer==="function"||Array.isArray(replacer)){_replacer=replacer}else if(options===undefined&&replacer){options=replacer}if(typeof options==="string")options=options.length;if(typeof options==="number"){const indent=Math.round(options);options=indent<1?undefined:indent>8?{indent:8}:{indent}}if(value===undefined){const{keepUndefined}=options??replacer??{};if(!keepUndefined)return undefined}if(identity.isDocument(value)&&!_replacer)return value.toString(options);return new Document.Document(value,_replacer,options).toString(options)}exports.parse=parse;exports.parseAllDocuments=parseAllDocuments;exports.parseDocument=parseDocument;exports.stringify=stringify}),45840:((__unused_webpack_module,exports,__webpack_require__)=>{var identity=__webpack_require__(41127);var map=__webpack_require__(47451);var seq=__webpack_require__(1706);var string=__webpack_require__(66464);var tags=__webpack_require__(90018);const sortMapEntriesByKey=(a,b)=>a.key<b.key?-1:a.key>b.key?1:0;class Schema{constructor({compat,customTags,merge,resolveKnownTags,schema,sortMapEntries,toStringDefaults}){this.compat=Array.isArray(compat)?tags.getTags(compat,"compat"):compat?tags.getTags(null,compat):null;this.name=typeof schema==="string"&&schema||"core";this.knownTags=resolveKnownTags?tags.coreKnownTags:{};this.tags=tags.getTags(customTags,this.name,merge);this.toStringOptions=toStringDefaults??null;Object.defineProperty(this,identity.MAP,{value:map.map});Object.defineProperty(this,identity.SCALAR,{value:string.string});Object.defineProperty(this,identity.SEQ,{value:seq.seq});this.sortMapEntries=typeof sortMapEntries==="function"?sortMapEntries:sortMapEntries===true?sortMapEntriesByKey:null}clone(){const copy=Object.create(Schema.prototype,Object.getOwnPropertyDescriptors(this));copy.tags=this.tags.slice();return copy}}exports.Schema=Schema}),47451:((__unused_webpack_module,exports,__webpack_require__)=>{var identity=__webpack_require__(41127);var YAMLMap=__webpack_require__(84454);const map={collection:"map",default:true,nodeClass:YAMLMap.YAMLMap,tag:"tag:yaml.org,2002:map",resolve(map,onError){if(!identity.isMap(map))onError("Expected a mapping for this tag");return map},createNode:(schema,obj,ctx)=>YAMLMap.YAMLMap.from(schema,obj,ctx)};exports.map=map}),73632:((__unused_webpack_module,exports,__webpack_require__)=>{var Scalar=__webpack_require__(63301);const nullTag={identify:value=>value==null,createNode:()=>new Scalar.Scalar(null),default:true,tag:"tag:yaml.org,2002:null",test:/^(?:~|[Nn]ull|NULL)?$/,resolve:()=>new Scalar.Scalar(null),stringify:({source},ctx)=>typeof source==="string"&&nullTag.test.test(source)?source:ctx.options.nullStr};exports.nullTag=nullTag}),1706:((__unused_webpack_module,exports,__webpack_require__)=>{var identity=__webpack_require__(41127);var YAMLSeq=__webpack_require__(92223);const seq={collection:"seq",default:true,nodeClass:YAMLSeq.YAMLSeq,tag:"tag:yaml.org,2002:seq",resolve(seq,onError){if(!identity.isSeq(seq))onError("Expected a sequence for this tag");return seq},createNode:(schema,obj,ctx)=>YAMLSeq.YAMLSeq.from(schema,obj,ctx)};exports.seq=seq}),66464:((__unused_webpack_module,exports,__webpack_require__)=>{var stringifyString=__webpack_require__(83069);const string={identify:value=>typeof value==="string",default:true,tag:"tag:yaml.org,2002:str",resolve:str=>str,stringify(item,ctx,onComment,onChompKeep){ctx=Object.assign({actualString:true},ctx);return stringifyString.stringifyString(item,ctx,onComment,onChompKeep)}};exports.string=string}),73959:((__unused_webpack_module,exports,__webpack_require__)=>{var Scalar=__webpack_require__(63301);const boolTag={identify:value=>typeof value==="boolean",default:true,tag:"tag:yaml.org,2002:bool",test:/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,resolve:str=>new Scalar.Scalar(str[0]==="t"||str[0]==="T"),stringify({source,value},ctx){if(source&&boolTag.test.test(source)){const sv=source[0]==="t"||source[0]==="T";if(value===sv)return source}return value?ctx.options.trueStr:ctx.options.falseStr}};exports.boolTag=boolTag}),38405:((__unused_webpack_module,exports,__webpack_require__)=>{var Scalar=__webpack_require__(63301);var stringifyNumber=__webpack_require__(28689);const floatNaN={identify:value=>typeof value==="number",default:true,tag:"tag:yaml.org,2002:float",test:/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,resolve:str=>str.slice(-3).toLowerCase()==="nan"?NaN:str[0]==="-"?Number.NEGATIVE_INFINITY:Number.POSITIVE_INFINITY,stringify:stringifyNumber.stringifyNumber};const floatExp={identify:value=>typeof value==="number",default:true,tag:"tag:yaml.org,2002:float",format:"EXP",test:/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,resolve:str=>parseFloat(str),stringify(node){const num=Number(node.value);return isFinite(num)?num.toExponential():stringifyNumber.stringifyNumber(node)}};const float={identify:value=>typeof value==="number",default:true,tag:"tag:yaml.org,2002:float",test:/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,resolve(str){const node=new Scalar.Scalar(parseFloat(str));const dot=str.indexOf(".");if(dot!==-1&&str[str.length-1]==="0")node.minFractionDigits=str.length-dot-1;return node},stringify:stringifyNumber.stringifyNumber};exports.float=float;exports.floatExp=floatExp;exports.floatNaN=floatNaN}),59874:((__unused_webpack_module,exports,__webpack_require__)=>{var stringifyNumber=__webpack_require__(28689);const intIdentify=value=>typeof value==="bigint"||Number.isInteger(value);const intResolve=(str,offset,radix,{intAsBigInt})=>intAsBigInt?BigInt(str):parseInt(str.substring(offset),radix);function intStringify(node,radix,prefix){const{value}=node;if(intIdentify(value)&&value>=0)return prefix+value.toString(radix);return stringifyNumber.stringifyNumber(node)}const intOct={identify:value=>intIdentify(value)&&value>=0,default:true,tag:"tag:yaml.org,2002:int",format:"OCT",test:/^0o[0-7]+$/,resolve:(str,_onError,opt)=>intResolve(str,2,8,opt),stringify:node=>intStringify(node,8,"0o")};const int={identify:intIdentify,default:true,tag:"tag:yaml.org,2002:int",test:/^[-+]?[0-9]+$/,resolve:(str,_onError,opt)=>intResolve(str,0,10,opt),stringify:stringifyNumber.stringifyNumber};const intHex={identify:value=>intIdentify(value)&&value>=0,default:true,tag:"tag:yaml.org,2002:int",format:"HEX",test:/^0x[0-9a-fA-F]+$/,resolve:(str,_onError,opt)=>intResolve(str,2,16,opt),stringify:node=>intStringify(node,16,"0x")};exports.int=int;exports.intHex=intHex;exports.intOct=intOct}),70896:((__unused_webpack_module,exports,__webpack_require__)=>{var map=__webpack_require__(47451);var _null=__webpack_require__(73632);var seq=__webpack_require__(1706);var string=__webpack_require__(66464);var bool=__webpack_require__(73959);var float=__webpack_require__(38405);var int=__webpack_require__(59874);const schema=[map.map,seq.seq,string.string,_null.nullTag,bool.boolTag,int.intOct,int.int,int.intHex,float.floatNaN,float.floatExp,float.float];exports.schema=schema}),33559:((__unused_webpack_module,exports,__webpack_require__)=>{var Scalar=__webpack_require__(63301);var map=__webpack_require__(47451);var seq=__webpack_require__(1706);function intIdentify(value){return typeof value==="bigint"||Number.isInteger(value)}const stringifyJSON=({value})=>JSON.stringify(value);const jsonScalars=[{identify:value=>typeof value==="string",default:true,tag:"tag:yaml.org,2002:str",resolve:str=>str,stringify:stringifyJSON},{identify:value=>value==null,createNode:()=>new Scalar.Scalar(null),default:true,tag:"tag:yaml.org,2002:null",test:/^null$/,resolve:()=>null,stringify:stringifyJSON},{identify:value=>typeof value==="boolean",default:true,tag:"tag:yaml.org,2002:bool",test:/^true$|^false$/,resolve:str=>str==="true",stringify:stringifyJSON},{identify:intIdentify,default:true,tag:"tag:yaml.org,2002:int",test:/^-?(?:0|[1-9][0-9]*)$/,resolve:(str,_onError,{intAsBigInt})=>intAsBigInt?BigInt(str):parseInt(str,10),stringify:({value})=>intIdentify(value)?value.toString():JSON.stringify(value)},{identify:value=>typeof value==="number",default:true,tag:"tag:yaml.org,2002:float",test:/^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,resolve:str=>parseFloat(str),stringify:stringifyJSON}];const jsonError={default:true,tag:"",test:/^/,resolve(str,onError){onError(`Unresolved plain scalar ${JSON.stringify(str)}`);return str}};const schema=[map.map,seq.seq].concat(jsonScalars,jsonError);exports.schema=schema}),90018:((__unused_webpack_module,exports,__webpack_require__)=>{var map=__webpack_require__(47451);var _null=__webpack_require__(73632);var seq=__webpack_require__(1706);var string=__webpack_require__(66464);var bool=__webpack_require__(73959);var float=__webpack_require__(38405);var int=__webpack_require__(59874);var schema=__webpack_require__(70896);var schema$1=__webpack_require__(33559);var binary=__webpack_require__(56083);var merge=__webpack_require__(90452);var omap=__webpack_require__(50303);var pairs=__webpack_require__(18385);var schema$2=__webpack_require__(35913);var set=__webpack_require__(81528);var timestamp=__webpack_require__(46752);const schemas=new Map([["core",schema.schema],["failsafe",[map.map,seq.seq,string.string]],["json",schema$1.schema],["yaml11",schema$2.schema],["yaml-1.1",schema$2.schema]]);const tagsByName={binary:binary.binary,bool:bool.boolTag,float:float.float,floatExp:float.floatExp,floatNaN:float.floatNaN,floatTime:timestamp.floatTime,int:int.int,intHex:int.intHex,intOct:int.intOct,intTime:timestamp.intTime,map:map.map,merge:merge.merge,null:_null.nullTag,omap:omap.omap,pairs:pairs.pairs,seq:seq.seq,set:set.set,timestamp:timestamp.timestamp};const coreKnownTags={"tag:yaml.org,2002:binary":binary.binary,"tag:yaml.org,2002:merge":merge.merge,"tag:yaml.org,2002:omap":omap.omap,"tag:yaml.org,2002:pairs":pairs.pairs,"tag:yaml.org,2002:set":set.set,"tag:yaml.org,2002:timestamp":timestamp.timestamp};function getTags(customTags,schemaName,addMergeTag){const schemaTags=schemas.get(schemaName);if(schemaTags&&!customTags){return addMergeTag&&!schemaTags.includes(merge.merge)?schemaTags.concat(merge.merge):schemaTags.slice()}let tags=schemaTags;if(!tags){if(Array.isArray(customTags))tags=[];else{const keys=Array.from(schemas.keys()).filter(key=>key!=="yaml11").map(key=>JSON.stringify(key)).join(", ");throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`)}}if(Array.isArray(customTags)){for(const tag of customTags)tags=tags.concat(tag)}else if(typeof customTags==="function"){tags=customTags(tags.slice())}if(addMergeTag)tags=tags.concat(merge.merge);return tags.reduce((tags,tag)=>{const tagObj=typeof tag==="string"?tagsByName[tag]:tag;if(!tagObj){const tagName=JSON.stringify(tag);const keys=Object.keys(tagsByName).map(key=>JSON.stringify(key)).join(", ");throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`)}if(!tags.includes(tagObj))tags.push(tagObj);return tags},[])}exports.coreKnownTags=coreKnownTags;exports.getTags=getTags}),56083:((__unused_webpack_module,exports,__webpack_require__)=>{var node_buffer=__webpack_require__(20181);var Scalar=__webpack_require__(63301);var stringifyString=__webpack_require__(83069);const binary={identify:value=>value instanceof Uint8Array,default:false,tag:"tag:yaml.org,2002:binary",resolve(src,onError){if(typeof node_buffer.Buffer==="function"){return node_buffer.Buffer.from(src,"base64")}else if(typeof atob==="function"){const str=atob(src.replace(/[\n\r]/g,""));const buffer=new Uint8Array(str.length);for(let i=0;i<str.length;++i)buffer[i]=str.charCodeAt(i);return buffer}else{onError("This environment does not support reading binary tags; either Buffer or atob is required");return src}},stringify({comment,type,value},ctx,onComment,onChompKeep){if(!value)return"";const buf=value;let str;if(typeof node_buffer.Buffer==="function"){str=buf instanceof node_buffer.Buffer?buf.toString("base64"):node_buffer.Buffer.from(buf.buffer).toString("base64")}else if(typeof btoa==="function"){let s="";for(let i=0;i<buf.length;++i)s+=String.fromCharCode(buf[i]);str=btoa(s)}else{throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required")}type??(type=Scalar.Scalar.BLOCK_LITERAL);if(type!==Scalar.Scalar.QUOTE_DOUBLE){const lineWidth=Math.max(ctx.options.lineWidth-ctx.indent.length,ctx.options.minContentWidth);const n=Math.ceil(str.length/lineWidth);const lines=new Array(n);for(let i=0,o=0;i<n;++i,o+=lineWidth){lines[i]=str.substr(o,lineWidth)}str=lines.join(type===Scalar.Scalar.BLOCK_LITERAL?"\n":" ")}return stringifyString.stringifyString({comment,type,value:str},ctx,onComment,onChompKeep)}};exports.binary=binary}),88398:((__unused_webpack_module,exports,__webpack_require__)=>{var Scalar=__webpack_require__(63301);function boolStringify({value,source},ctx){const boolObj=value?trueTag:falseTag;if(source&&boolObj.test.test(source))return source;return value?ctx.options.trueStr:ctx.options.falseStr}const trueTag={identify:value=>value===true,default:true,tag:"tag:yaml.org,2002:bool",test:/^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,resolve:()=>new Scalar.Scalar(true),stringify:boolStringify};const falseTag={identify:value=>value===false,default:true,tag:"tag:yaml.org,2002:bool",test:/^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,resolve:()=>new Scalar.Scalar(false),stringify:boolStringify};exports.falseTag=falseTag;exports.trueTag=trueTag}),35782:((__unused_webpack_module,exports,__webpack_require__)=>{var Scalar=__webpack_require__(63301);var stringifyNumber=__webpack_require__(28689);const floatNaN={identify:value=>typeof value==="number",default:true,tag:"tag:yaml.org,2002:float",test:/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,resolve:str=>str.slice(-3).toLowerCase()==="nan"?NaN:str[0]==="-"?Number.NEGATIVE_INFINITY:Number.POSITIVE_INFINITY,stringify:stringifyNumber.stringifyNumber};const floatExp={identify:value=>typeof value==="number",default:true,tag:"tag:yaml.org,2002:float",format:"EXP",test:/^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,resolve:str=>parseFloat(str.replace(/_/g,"")),stringify(node){const num=Number(node.value);return isFinite(num)?num.toExponential():stringifyNumber.stringifyNumber(node)}};const float={identify:value=>typeof value==="number",default:true,tag:"tag:yaml.org,2002:float",test:/^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,resolve(str){const node=new Scalar.Scalar(parseFloat(str.replace(/_/g,"")));const dot=str.indexOf(".");if(dot!==-1){const f=str.substring(dot+1).replace(/_/g,"");if(f[f.length-1]==="0")node.minFractionDigits=f.length}return node},stringify:stringifyNumber.stringifyNumber};exports.float=float;exports.floatExp=floatExp;exports.floatNaN=floatNaN}),10873:((__unused_webpack_module,exports,__webpack_require__)=>{var stringifyNumber=__webpack_require__(28689);const intIdentify=value=>typeof value==="bigint"||Number.isInteger(value);function intResolve(str,offset,radix,{intAsBigInt}){const sign=str[0];if(sign==="-"||sign==="+")offset+=1;str=str.substring(offset).replace(/_/g,"");if(intAsBigInt){switch(radix){case 2:str=`0b${str}`;break;case 8:str=`0o${str}`;break;case 16:str=`0x${str}`;break}const n=BigInt(str);return sign==="-"?BigInt(-1)*n:n}const n=parseInt(str,radix);return sign==="-"?-1*n:n}function intStringify(node,radix,prefix){const{value}=node;if(intIdentify(value)){const str=value.toString(radix);return value<0?"-"+prefix+str.substr(1):prefix+str}return stringifyNumber.stringifyNumber(node)}const intBin={identify:intIdentify,default:true,tag:"tag:yaml.org,2002:int",format:"BIN",test:/^[-+]?0b[0-1_]+$/,resolve:(str,_onError,opt)=>intResolve(str,2,2,opt),stringify:node=>intStringify(node,2,"0b")};const intOct={identify:intIdentify,default:true,tag:"tag:yaml.org,2002:int",format:"OCT",test:/^[-+]?0[0-7_]+$/,resolve:(str,_onError,opt)=>intResolve(str,1,8,opt),stringify:node=>intStringify(node,8,"0")};const int={identify:intIdentify,default:true,tag:"tag:yaml.org,2002:int",test:/^[-+]?[0-9][0-9_]*$/,resolve:(str,_onError,opt)=>intResolve(str,0,10,opt),stringify:stringifyNumber.stringifyNumber};const intHex={identify:intIdentify,default:true,tag:"tag:yaml.org,2002:int",format:"HEX",test:/^[-+]?0x[0-9a-fA-F_]+$/,resolve:(str,_onError,opt)=>intResolve(str,2,16,opt),stringify:node=>intStringify(node,16,"0x")};exports.int=int;exports.intBin=intBin;exports.intHex=intHex;exports.intOct=intOct}),90452:((__unused_webpack_module,exports,__webpack_require__)=>{var identity=__webpack_require__(41127);var Scalar=__webpack_require__(63301);const MERGE_KEY="<<";const merge={identify:value=>value===MERGE_KEY||typeof value==="symbol"&&value.description===MERGE_KEY,default:"key",tag:"tag:yaml.org,2002:merge",test:/^<<$/,resolve:()=>Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)),{addToJSMap:addMergeToJSMap}),stringify:()=>MERGE_KEY};const isMergeKey=(ctx,key)=>(merge.identify(key)||identity.isScalar(key)&&(!key.type||key.type===Scalar.Scalar.PLAIN)&&merge.identify(key.value))&&ctx?.doc.schema.tags.some(tag=>tag.tag===merge.tag&&tag.default);function addMergeToJSMap(ctx,map,value){const source=resolveAliasValue(ctx,value);if(identity.isSeq(source))for(const it of source.items)mergeValue(ctx,map,it);else if(Array.isArray(source))for(const it of source)mergeValue(ctx,map,it);else mergeValue(ctx,map,source)}function mergeValue(ctx,map,value){const source=resolveAliasValue(ctx,value);if(!identity.isMap(source))throw new Error("Merge sources must be maps or map aliases");const srcMap=source.toJSON(null,ctx,Map);for(const[key,value]of srcMap){if(map instanceof Map){if(!map.has(key))map.set(key,value)}else if(map instanceof Set){map.add(key)}else if(!Object.prototype.hasOwnProperty.call(map,key)){Object.defineProperty(map,key,{value,writable:true,enumerable:true,configurable:true})}}return map}function resolveAliasValue(ctx,value){return ctx&&identity.isAlias(value)?value.resolve(ctx.doc,ctx):value}exports.addMergeToJSMap=addMergeToJSMap;exports.isMergeKey=isMergeKey;exports.merge=merge}),50303:((__unused_webpack_module,exports,__webpack_require__)=>{var identity=__webpack_require__(41127);var toJS=__webpack_require__(74043);var YAMLMap=__webpack_require__(84454);var YAMLSeq=__webpack_require__(92223);var pairs=__webpack_require__(18385);class YAMLOMap extends YAMLSeq.YAMLSeq{constructor(){super();this.add=YAMLMap.YAMLMap.prototype.add.bind(this);this.delete=YAMLMap.YAMLMap.prototype.delete.bind(this);this.get=YAMLMap.YAMLMap.prototype.get.bind(this);this.has=YAMLMap.YAMLMap.prototype.has.bind(this);this.set=YAMLMap.YAMLMap.prototype.set.bind(this);this.tag=YAMLOMap.tag}toJSON(_,ctx){if(!ctx)return super.toJSON(_);const map=new Map;if(ctx?.onCreate)ctx.onCreate(map);for(const pair of this.items){let key,value;if(identity.isPair(pair)){key=toJS.toJS(pair.key,"",ctx);value=toJS.toJS(pair.value,key,ctx)}else{key=toJS.toJS(pair,"",ctx)}if(map.has(key))throw new Error("Ordered maps must not include duplicate keys");map.set(key,value)}return map}static from(schema,iterable,ctx){const pairs$1=pairs.createPairs(schema,iterable,ctx);const omap=new this;omap.items=pairs$1.items;return omap}}YAMLOMap.tag="tag:yaml.org,2002:omap";const omap={collection:"seq",identify:value=>value instanceof Map,nodeClass:YAMLOMap,default:false,tag:"tag:yaml.org,2002:omap",resolve(seq,onError){const pairs$1=pairs.resolvePairs(seq,onError);const seenKeys=[];for(const{key}of pairs$1.items){if(identity.isScalar(key)){if(seenKeys.includes(key.value)){onError(`Ordered maps must not include duplicate keys: ${key.value}`)}else{seenKeys.push(key.value)}}}return Object.assign(new YAMLOMap,pairs$1)},createNode:(schema,iterable,ctx)=>YAMLOMap.from(schema,iterable,ctx)};exports.YAMLOMap=YAMLOMap;exports.omap=omap}),18385:((__unused_webpack_module,exports,__webpack_require__)=>{var identity=__webpack_require__(41127);var Pair=__webpack_require__(57165);var Scalar=__webpack_require__(63301);var YAMLSeq=__webpack_require__(92223);function resolvePairs(seq,onError){if(identity.isSeq(seq)){for(let i=0;i<seq.items.length;++i){let item=seq.items[i];if(identity.isPair(item))continue;else if(identity.isMap(item)){if(item.items.length>1)onError("Each pair must have its own sequence indicator");const pair=item.items[0]||new Pair.Pair(new Scalar.Scalar(null));if(item.commentBefore)pair.key.commentBefore=pair.key.commentBefore?`${item.commentBefore}
${pair.key.commentBefore}`:item.commentBefore;if(item.comment){const cn=pair.value??pair.key;cn.comment=cn.comment?`${item.comment}
${cn.comment}`:item.comment}item=pair}seq.items[i]=identity.isPair(item)?item:new Pair.Pair(item)}}else onError("Expected a sequence for this tag");return seq}function createPairs(schema,iterable,ctx){const{replacer}=ctx;const pairs=new YAMLSeq.YAMLSeq(schema);pairs.tag="tag:yaml.org,2002:pairs";let i=0;if(iterable&&Symbol.iterator in Object(iterable))for(let it of iterable){if(typeof replacer==="function")it=replacer.call(iterable,String(i++),it);let key,value;if(Array.isArray(it)){if(it.length===2){key=it[0];value=it[1]}else throw new TypeError(`Expected [key, value] tuple: ${it}`)}else if(it&&it instanceof Object){const keys=Object.keys(it);if(keys.length===1){key=keys[0];value=it[key]}else{throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`)}}else{key=it}pairs.items.push(Pair.createPair(key,value,ctx))}return pairs}const pairs={collection:"seq",default:false,tag:"tag:yaml.org,2002:pairs",resolve:resolvePairs,createNode:createPairs};exports.createPairs=createPairs;exports.pairs=pairs;exports.resolvePairs=resolvePairs}),35913:((__unused_webpack_module,exports,__webpack_require__)=>{var map=__webpack_require__(47451);var _null=__webpack_require__(73632);var seq=__webpack_require__(1706);var string=__webpack_require__(66464);var binary=__webpack_require__(56083);var bool=__webpack_require__(88398);var float=__webpack_require__(35782);var int=__webpack_require__(10873);var merge=__webpack_require__(90452);var omap=__webpack_require__(50303);var pairs=__webpack_require__(18385);var set=__webpack_require__(81528);var timestamp=__webpack_require__(46752);const schema=[map.map,seq.seq,string.string,_null.nullTag,bool.trueTag,bool.falseTag,int.intBin,int.intOct,int.int,int.intHex,float.floatNaN,float.floatExp,float.float,binary.binary,merge.merge,omap.omap,pairs.pairs,set.set,timestamp.intTime,timestamp.floatTime,timestamp.timestamp];exports.schema=schema}),81528:((__unused_webpack_module,exports,__webpack_require__)=>{var identity=__webpack_require__(41127);var Pair=__webpack_require__(57165);var YAMLMap=__webpack_require__(84454);class YAMLSet extends YAMLMap.YAMLMap{constructor(schema){super(schema);this.tag=YAMLSet.tag}add(key){let pair;if(identity.isPair(key))pair=key;else if(key&&typeof key==="object"&&"key"in key&&"value"in key&&key.value===null)pair=new Pair.Pair(key.key,null);else pair=new Pair.Pair(key,null);const prev=YAMLMap.findPair(this.items,pair.key);if(!prev)this.items.push(pair)}get(key,keepPair){const pair=YAMLMap.findPair(this.items,key);return!keepPair&&identity.isPair(pair)?identity.isScalar(pair.key)?pair.key.value:pair.key:pair}set(key,value){if(typeof value!=="boolean")throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);const prev=YAMLMap.findPair(this.items,key);if(prev&&!value){this.items.splice(this.items.indexOf(prev),1)}else if(!prev&&value){this.items.push(new Pair.Pair(key))}}toJSON(_,ctx){return super.toJSON(_,ctx,Set)}toString(ctx,onComment,onChompKeep){if(!ctx)return JSON.stringify(this);if(this.hasAllNullValues(true))return super.toString(Object.assign({},ctx,{allNullValues:true}),onComment,onChompKeep);else throw new Error("Set items must all have null values")}static from(schema,iterable,ctx){const{replacer}=ctx;const set=new this(schema);if(iterable&&Symbol.iterator in Object(iterable))for(let value of iterable){if(typeof replacer==="function")value=replacer.call(iterable,value,value);set.items.push(Pair.createPair(value,null,ctx))}return set}}YAMLSet.tag="tag:yaml.org,2002:set";const set={collection:"map",identify:value=>value instanceof Set,nodeClass:YAMLSet,default:false,tag:"tag:yaml.org,2002:set",createNode:(schema,iterable,ctx)=>YAMLSet.from(schema,iterable,ctx),resolve(map,onError){if(identity.isMap(map)){if(map.hasAllNullValues(true))return Object.assign(new YAMLSet,map);else onError("Set items must all have null values")}else onError("Expected a mapping for this tag");return map}};exports.YAMLSet=YAMLSet;exports.set=set}),46752:((__unused_webpack_module,exports,__webpack_require__)=>{var stringifyNumber=__webpack_require__(28689);function parseSexagesimal(str,asBigInt){const sign=str[0];const parts=sign==="-"||sign==="+"?str.substring(1):str;const num=n=>asBigInt?BigInt(n):Number(n);const res=parts.replace(/_/g,"").split(":").reduce((res,p)=>res*num(60)+num(p),num(0));return sign==="-"?num(-1)*res:res}function stringifySexagesimal(node){let{value}=node;let num=n=>n;if(typeof value==="bigint")num=n=>BigInt(n);else if(isNaN(value)||!isFinite(value))return stringifyNumber.stringifyNumber(node);let sign="";if(value<0){sign="-";value*=num(-1)}const _60=num(60);const parts=[value%_60];if(value<60){parts.unshift(0)}else{value=(value-parts[0])/_60;parts.unshift(value%_60);if(value>=60){value=(value-parts[0])/_60;parts.unshift(value)}}return sign+parts.map(n=>String(n).padStart(2,"0")).join(":").replace(/000000\d*$/,"")}const intTime={identify:value=>typeof value==="bigint"||Number.isInteger(value),default:true,tag:"tag:yaml.org,2002:int",format:"TIME",test:/^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,resolve:(str,_onError,{intAsBigInt})=>parseSexagesimal(str,intAsBigInt),stringify:stringifySexagesimal};const floatTime={identify:value=>typeof value==="number",default:true,tag:"tag:yaml.org,2002:float",format:"TIME",test:/^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,resolve:str=>parseSexagesimal(str,false),stringify:stringifySexagesimal};const timestamp={identify:value=>value instanceof Date,default:true,tag:"tag:yaml.org,2002:timestamp",test:RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})"+"(?:"+"(?:t|T|[ \\t]+)"+"([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)"+"(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?"+")?$"),resolve(str){const match=str.match(timestamp.test);if(!match)throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");const[,year,month,day,hour,minute,second]=match.map(Number);const millisec=match[7]?Number((match[7]+"00").substr(1,3)):0;let date=Date.UTC(year,month-1,day,hour||0,minute||0,second||0,millisec);const tz=match[8];if(tz&&tz!=="Z"){let d=parseSexagesimal(tz,false);if(Math.abs(d)<30)d*=60;date-=6e4*d}return new Date(date)},stringify:({value})=>value?.toISOString().replace(/(T00:00:00)?\.000Z$/,"")??""};exports.floatTime=floatTime;exports.intTime=intTime;exports.timestamp=timestamp}),34475:((__unused_webpack_module,exports)=>{const FOLD_FLOW="flow";const FOLD_BLOCK="block";const FOLD_QUOTED="quoted";function foldFlowLines(text,indent,mode="flow",{indentAtStart,lineWidth=80,minContentWidth=20,onFold,onOverflow}={}){if(!lineWidth||lineWidth<0)return text;if(lineWidth<minContentWidth)minContentWidth=0;const endStep=Math.max(1+minContentWidth,1+lineWidth-indent.length);if(text.length<=endStep)return text;const folds=[];const escapedFolds={};let end=lineWidth-indent.length;if(typeof indentAtStart==="number"){if(indentAtStart>lineWidth-Math.max(2,minContentWidth))folds.push(0);else end=lineWidth-indentAtStart}let split=undefined;let prev=undefined;let overflow=false;let i=-1;let escStart=-1;let escEnd=-1;if(mode===FOLD_BLOCK){i=consumeMoreIndentedLines(text,i,indent.length);if(i!==-1)end=i+endStep}for(let ch;ch=text[i+=1];){if(mode===FOLD_QUOTED&&ch==="\\"){escStart=i;switch(text[i+1]){case"x":i+=3;break;case"u":i+=5;break;case"U":i+=9;break;default:i+=1}escEnd=i}if(ch==="\n"){if(mode===FOLD_BLOCK)i=consumeMoreIndentedLines(text,i,indent.length);end=i+indent.length+endStep;split=undefined}else{if(ch===" "&&prev&&prev!==" "&&prev!=="\n"&&prev!=="	"){const next=text[i+1];if(next&&next!==" "&&next!=="\n"&&next!=="	")split=i}if(i>=end){if(split){folds.push(split);end=split+endStep;split=undefined}else if(mode===FOLD_QUOTED){while(prev===" "||prev==="	"){prev=ch;ch=text[i+=1];overflow=true}const j=i>escEnd+1?i-2:escStart-1;if(escapedFolds[j])return text;folds.push(j);escapedFolds[j]=true;end=j+endStep;split=undefined}else{overflow=true}}}prev=ch}if(overflow&&onOverflow)onOverflow();if(folds.length===0)return text;if(onFold)onFold();let res=text.slice(0,folds[0]);for(let i=0;i<folds.length;++i){const fold=folds[i];const end=folds[i+1]||text.length;if(fold===0)res=`
${indent}${text.slice(0,end)}`;else{if(mode===FOLD_QUOTED&&escapedFolds[fold])res+=`${text[fold]}\\`;res+=`
${indent}${text.slice(fold+1,end)}`}}return res}function consumeMoreIndentedLines(text,i,indent){let end=i;let start=i+1;let ch=text[start];while(ch===" "||ch==="	"){if(i<start+indent){ch=text[++i]}else{do{ch=text[++i]}while(ch&&ch!=="\n");end=i;start=i+1;ch=text[start]}}return end}exports.FOLD_BLOCK=FOLD_BLOCK;exports.FOLD_FLOW=FOLD_FLOW;exports.FOLD_QUOTED=FOLD_QUOTED;exports.foldFlowLines=foldFlowLines}),2148:((__unused_webpack_module,exports,__webpack_require__)=>{var anchors=__webpack_require__(71596);var identity=__webpack_require__(41127);var stringifyComment=__webpack_require__(59799);var stringifyString=__webpack_require__(83069);function createStringifyContext(doc,options){const opt=Object.assign({blockQuote:true,commentString:stringifyComment.stringifyComment,defaultKeyType:null,defaultStringType:"PLAIN",directives:null,doubleQuotedAsJSON:false,doubleQuotedMinMultiLineLength:40,falseStr:"false",flowCollectionPadding:true,indentSeq:true,lineWidth:80,minContentWidth:20,nullStr:"null",simpleKeys:false,singleQuote:null,trailingComma:false,trueStr:"true",verifyAliasOrder:true},doc.schema.toStringOptions,options);let inFlow;switch(opt.collectionStyle){case"block":inFlow=false;break;case"flow":inFlow=true;break;default:inFlow=null}return{anchors:new Set,doc,flowCollectionPadding:opt.flowCollectionPadding?" ":"",indent:"",indentStep:typeof opt.indent==="number"?" ".repeat(opt.indent):"  ",inFlow,options:opt}}function getTagObject(tags,item){if(item.tag){const match=tags.filter(t=>t.tag===item.tag);if(match.length>0)return match.find(t=>t.format===item.format)??match[0]}let tagObj=undefined;let obj;if(identity.isScalar(item)){obj=item.value;let match=tags.filter(t=>t.identify?.(obj));if(match.length>1){const testMatch=match.filter(t=>t.test);if(testMatch.length>0)match=testMatch}tagObj=match.find(t=>t.format===item.format)??match.find(t=>!t.format)}else{obj=item;tagObj=tags.find(t=>t.nodeClass&&obj instanceof t.nodeClass)}if(!tagObj){const name=obj?.constructor?.name??(obj===null?"null":typeof obj);throw new Error(`Tag not resolved for ${name} value`)}return tagObj}function stringifyProps(node,tagObj,{anchors:anchors$1,doc}){if(!doc.directives)return"";const props=[];const anchor=(identity.isScalar(node)||identity.isCollection(node))&&node.anchor;if(anchor&&anchors.anchorIsValid(anchor)){anchors$1.add(anchor);props.push(`&${anchor}`)}const tag=node.tag??(tagObj.default?null:tagObj.tag);if(tag)props.push(doc.directives.tagString(tag));return props.join(" ")}function stringify(item,ctx,onComment,onChompKeep){if(identity.isPair(item))return item.toString(ctx,onComment,onChompKeep);if(identity.isAlias(item)){if(ctx.doc.directives)return item.toString(ctx);if(ctx.resolvedAliases?.has(item)){throw new TypeError(`Cannot stringify circular structure without alias nodes`)}else{if(ctx.resolvedAliases)ctx.resolvedAliases.add(item);else ctx.resolvedAliases=new Set([item]);item=item.resolve(ctx.doc)}}let tagObj=undefined;const node=identity.isNode(item)?item:ctx.doc.createNode(item,{onTagObj:o=>tagObj=o});tagObj??(tagObj=getTagObject(ctx.doc.schema.tags,node));const props=stringifyProps(node,tagObj,ctx);if(props.length>0)ctx.indentAtStart=(ctx.indentAtStart??0)+props.length+1;const str=typeof tagObj.stringify==="function"?tagObj.stringify(node,ctx,onComment,onChompKeep):identity.isScalar(node)?stringifyString.stringifyString(node,ctx,onComment,onChompKeep):node.toString(ctx,onComment,onChompKeep);if(!props)return str;return identity.isScalar(node)||str[0]==="{"||str[0]==="["?`${props} ${str}`:`${props}
${ctx.indent}${str}`}exports.createStringifyContext=createStringifyContext;exports.stringify=stringify}),61212:((__unused_webpack_module,exports,__webpack_require__)=>{var identity=__webpack_require__(41127);var stringify=__webpack_require__(2148);var stringifyComment=__webpack_require__(59799);function stringifyCollection(collection,ctx,options){const flow=ctx.inFlow??collection.flow;const stringify=flow?stringifyFlowCollection:stringifyBlockCollection;return stringify(collection,ctx,options)}function stringifyBlockCollection({comment,items},ctx,{blockItemPrefix,flowChars,itemIndent,onChompKeep,onComment}){const{indent,options:{commentString}}=ctx;const itemCtx=Object.assign({},ctx,{indent:itemIndent,type:null});let chompKeep=false;const lines=[];for(let i=0;i<items.length;++i){const item=items[i];let comment=null;if(identity.isNode(item)){if(!chompKeep&&item.spaceBefore)lines.push("");addCommentBefore(ctx,lines,item.commentBefore,chompKeep);if(item.comment)comment=item.comment}else if(identity.isPair(item)){const ik=identity.isNode(item.key)?item.key:null;if(ik){if(!chompKeep&&ik.spaceBefore)lines.push("");addCommentBefore(ctx,lines,ik.commentBefore,chompKeep)}}chompKeep=false;let str=stringify.stringify(item,itemCtx,()=>comment=null,()=>chompKeep=true);if(comment)str+=stringifyComment.lineComment(str,itemIndent,commentString(comment));if(chompKeep&&comment)chompKeep=false;lines.push(blockItemPrefix+str)}let str;if(lines.length===0){str=flowChars.start+flowChars.end}else{str=lines[0];for(let i=1;i<lines.length;++i){const line=lines[i];str+=line?`
${indent}${line}`:"\n"}}if(comment){str+="\n"+stringifyComment.indentComment(commentString(comment),indent);if(onComment)onComment()}else if(chompKeep&&onChompKeep)onChompKeep();return str}function stringifyFlowCollection({items},ctx,{flowChars,itemIndent}){const{indent,indentStep,flowCollectionPadding:fcPadding,options:{commentString}}=ctx;itemIndent+=indentStep;const itemCtx=Object.assign({},ctx,{indent:itemIndent,inFlow:true,type:null});let reqNewline=false;let linesAtValue=0;const lines=[];for(let i=0;i<items.length;++i){const item=items[i];let comment=null;if(identity.isNode(item)){if(item.spaceBefore)lines.push("");addCommentBefore(ctx,lines,item.commentBefore,false);if(item.comment)comment=item.comment}else if(identity.isPair(item)){const ik=identity.isNode(item.key)?item.key:null;if(ik){if(ik.spaceBefore)lines.push("");addCommentBefore(ctx,lines,ik.commentBefore,false);if(ik.comment)reqNewline=true}const iv=identity.isNode(item.value)?item.value:null;if(iv){if(iv.comment)comment=iv.comment;if(iv.commentBefore)reqNewline=true}else if(item.value==null&&ik?.comment){comment=ik.comment}}if(comment)reqNewline=true;let str=stringify.stringify(item,itemCtx,()=>comment=null);reqNewline||(reqNewline=lines.length>linesAtValue||str.includes("\n"));if(i<items.length-1){str+=","}else if(ctx.options.trailingComma){if(ctx.options.lineWidth>0){reqNewline||(reqNewline=lines.reduce((sum,line)=>sum+line.length+2,2)+(str.length+2)>ctx.options.lineWidth)}if(reqNewline){str+=","}}if(comment)str+=stringifyComment.lineComment(str,itemIndent,commentString(comment));lines.push(str);linesAtValue=lines.length}const{start,end}=flowChars;if(lines.length===0){return start+end}else{if(!reqNewline){const len=lines.reduce((sum,line)=>sum+line.length+2,2);reqNewline=ctx.options.lineWidth>0&&len>ctx.options.lineWidth}if(reqNewline){let str=start;for(const line of lines)str+=line?`
${indentStep}${indent}${line}`:"\n";return`${str}
${indent}${end}`}else{return`${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`}}}function addCommentBefore({indent,options:{commentString}},lines,comment,chompKeep){if(comment&&chompKeep)comment=comment.replace(/^\n+/,"");if(comment){const ic=stringifyComment.indentComment(commentString(comment),indent);lines.push(ic.trimStart())}}exports.stringifyCollection=stringifyCollection}),59799:((__unused_webpack_module,exports)=>{const stringifyComment=str=>str.replace(/^(?!$)(?: $)?/gm,"#");function indentComment(comment,indent){if(/^\n+$/.test(comment))return comment.substring(1);return indent?comment.replace(/^(?! *$)/gm,indent):comment}const lineComment=(str,indent,comment)=>str.endsWith("\n")?indentComment(comment,indent):comment.includes("\n")?"\n"+indentComment(comment,indent):(str.endsWith(" ")?"":" ")+comment;exports.indentComment=indentComment;exports.lineComment=lineComment;exports.stringifyComment=stringifyComment}),6829:((__unused_webpack_module,exports,__webpack_require__)=>{var identity=__webpack_require__(41127);var stringify=__webpack_require__(2148);var stringifyComment=__webpack_require__(59799);function stringifyDocument(doc,options){const lines=[];let hasDirectives=options.directives===true;if(options.directives!==false&&doc.directives){const dir=doc.directives.toString(doc);if(dir){lines.push(dir);hasDirectives=true}else if(doc.directives.docStart)hasDirectives=true}if(hasDirectives)lines.push("---");const ctx=stringify.createStringifyContext(doc,options);const{commentString}=ctx.options;if(doc.commentBefore){if(lines.length!==1)lines.unshift("");const cs=commentString(doc.commentBefore);lines.unshift(stringifyComment.indentComment(cs,""))}let chompKeep=false;let contentComment=null;if(doc.contents){if(identity.isNode(doc.contents)){if(doc.contents.spaceBefore&&hasDirectives)lines.push("");if(doc.contents.commentBefore){const cs=commentString(doc.contents.commentBefore);lines.push(stringifyComment.indentComment(cs,""))}ctx.forceBlockIndent=!!doc.comment;contentComment=doc.contents.comment}const onChompKeep=contentComment?undefined:()=>chompKeep=true;let body=stringify.stringify(doc.contents,ctx,()=>contentComment=null,onChompKeep);if(contentComment)body+=stringifyComment.lineComment(body,"",commentString(contentComment));if((body[0]==="|"||body[0]===">")&&lines[lines.length-1]==="---"){lines[lines.length-1]=`--- ${body}`}else lines.push(body)}else{lines.push(stringify.stringify(doc.contents,ctx))}if(doc.directives?.docEnd){if(doc.comment){const cs=commentString(doc.comment);if(cs.includes("\n")){lines.push("...");lines.push(stringifyComment.indentComment(cs,""))}else{lines.push(`... ${cs}`)}}else{lines.push("...")}}else{let dc=doc.comment;if(dc&&chompKeep)dc=dc.replace(/^\n+/,"");if(dc){if((!chompKeep||contentComment)&&lines[lines.length-1]!=="")lines.push("");lines.push(stringifyComment.indentComment(commentString(dc),""))}}return lines.join("\n")+"\n"}exports.stringifyDocument=stringifyDocument}),28689:((__unused_webpack_module,exports)=>{function stringifyNumber({format,minFractionDigits,tag,value}){if(typeof value==="bigint")return String(value);const num=typeof value==="number"?value:Number(value);if(!isFinite(num))return isNaN(num)?".nan":num<0?"-.inf":".inf";let n=Object.is(value,-0)?"-0":JSON.stringify(value);if(!format&&minFractionDigits&&(!tag||tag==="tag:yaml.org,2002:float")&&/^-?\d/.test(n)&&!n.includes("e")){let i=n.indexOf(".");if(i<0){i=n.length;n+="."}let d=minFractionDigits-(n.length-i-1);while(d-- >0)n+="0"}return n}exports.stringifyNumber=stringifyNumber}),59748:((__unused_webpack_module,exports,__webpack_require__)=>{var identity=__webpack_require__(41127);var Scalar=__webpack_require__(63301);var stringify=__webpack_require__(2148);var stringifyComment=__webpack_require__(59799);function stringifyPair({key,value},ctx,onComment,onChompKeep){const{allNullValues,doc,indent,indentStep,options:{commentString,indentSeq,simpleKeys}}=ctx;let keyComment=identity.isNode(key)&&key.comment||null;if(simpleKeys){if(keyComment){throw new Error("With simple keys, key nodes cannot have comments")}if(identity.isCollection(key)||!identity.isNode(key)&&typeof key==="object"){const msg="With simple keys, collection cannot be used as a key value";throw new Error(msg)}}let explicitKey=!simpleKeys&&(!key||keyComment&&value==null&&!ctx.inFlow||identity.isCollection(key)||(identity.isScalar(key)?key.type===Scalar.Scalar.BLOCK_FOLDED||key.type===Scalar.Scalar.BLOCK_LITERAL:typeof key==="object"));ctx=Object.assign({},ctx,{allNullValues:false,implicitKey:!explicitKey&&(simpleKeys||!allNullValues),indent:indent+indentStep});let keyCommentDone=false;let chompKeep=false;let str=stringify.stringify(key,ctx,()=>keyCommentDone=true,()=>chompKeep=true);if(!explicitKey&&!ctx.inFlow&&str.length>1024){if(simpleKeys)throw new Error("With simple keys, single line scalar must not span more than 1024 characters");explicitKey=true}if(ctx.inFlow){if(allNullValues||value==null){if(keyCommentDone&&onComment)onComment();return str===""?"?":explicitKey?`? ${str}`:str}}else if(allNullValues&&!simpleKeys||value==null&&explicitKey){str=`? ${str}`;if(keyComment&&!keyCommentDone){str+=stringifyComment.lineComment(str,ctx.indent,commentString(keyComment))}else if(chompKeep&&onChompKeep)onChompKeep();return str}if(keyCommentDone)keyComment=null;if(explicitKey){if(keyComment)str+=stringifyComment.lineComment(str,ctx.indent,commentString(keyComment));str=`? ${str}
${indent}:`}else{str=`${str}:`;if(keyComment)str+=stringifyComment.lineComment(str,ctx.indent,commentString(keyComment))}let vsb,vcb,valueComment;if(identity.isNode(value)){vsb=!!value.spaceBefore;vcb=value.commentBefore;valueComment=value.comment}else{vsb=false;vcb=null;valueComment=null;if(value&&typeof value==="object")value=doc.createNode(value)}ctx.implicitKey=false;if(!explicitKey&&!keyComment&&identity.isScalar(value))ctx.indentAtStart=str.length+1;chompKeep=false;if(!indentSeq&&indentStep.length>=2&&!ctx.inFlow&&!explicitKey&&identity.isSeq(value)&&!value.flow&&!value.tag&&!value.anchor){ctx.indent=ctx.indent.substring(2)}let valueCommentDone=false;const valueStr=stringify.stringify(value,ctx,()=>valueCommentDone=true,()=>chompKeep=true);let ws=" ";if(keyComment||vsb||vcb){ws=vsb?"\n":"";if(vcb){const cs=commentString(vcb);ws+=`
${stringifyComment.indentComment(cs,ctx.indent)}`}if(valueStr===""&&!ctx.inFlow){if(ws==="\n"&&valueComment)ws="\n\n"}else{ws+=`
${ctx.indent}`}}else if(!explicitKey&&identity.isCollection(value)){const vs0=valueStr[0];const nl0=valueStr.indexOf("\n");const hasNewline=nl0!==-1;const flow=ctx.inFlow??value.flow??value.items.length===0;if(hasNewline||!flow){let hasPropsLine=false;if(hasNewline&&(vs0==="&"||vs0==="!")){let sp0=valueStr.indexOf(" ");if(vs0==="&"&&sp0!==-1&&sp0<nl0&&valueStr[sp0+1]==="!"){sp0=valueStr.indexOf(" ",sp0+1)}if(sp0===-1||nl0<sp0)hasPropsLine=true}if(!hasPropsLine)ws=`
${ctx.indent}`}}else if(valueStr===""||valueStr[0]==="\n"){ws=""}str+=ws+valueStr;if(ctx.inFlow){if(valueCommentDone&&onComment)onComment()}else if(valueComment&&!valueCommentDone){str+=stringifyComment.lineComment(str,ctx.indent,commentString(valueComment))}else if(chompKeep&&onChompKeep){onChompKeep()}return str}exports.stringifyPair=stringifyPair}),83069:((__unused_webpack_module,exports,__webpack_require__)=>{var Scalar=__webpack_require__(63301);var foldFlowLines=__webpack_require__(34475);const getFoldOptions=(ctx,isBlock)=>({indentAtStart:isBlock?ctx.indent.length:ctx.indentAtStart,lineWidth:ctx.options.lineWidth,minContentWidth:ctx.options.minContentWidth});const containsDocumentMarker=str=>/^(%|---|\.\.\.)/m.test(str);function lineLengthOverLimit(str,lineWidth,indentLength){if(!lineWidth||lineWidth<0)return false;const limit=lineWidth-indentLength;const strLen=str.length;if(strLen<=limit)return false;for(let i=0,start=0;i<strLen;++i){if(str[i]==="\n"){if(i-start>limit)return true;start=i+1;if(strLen-start<=limit)return false}}return true}function doubleQuotedString(value,ctx){const json=JSON.stringify(value);if(ctx.options.doubleQuotedAsJSON)return json;const{implicitKey}=ctx;const minMultiLineLength=ctx.options.doubleQuotedMinMultiLineLength;const indent=ctx.indent||(containsDocumentMarker(value)?"  ":"");let str="";let start=0;for(let i=0,ch=json[i];ch;ch=json[++i]){if(ch===" "&&json[i+1]==="\\"&&json[i+2]==="n"){str+=json.slice(start,i)+"\\ ";i+=1;start=i;ch="\\"}if(ch==="\\")switch(json[i+1]){case"u":{str+=json.slice(start,i);const code=json.substr(i+2,4);switch(code){case"0000":str+="\\0";break;case"0007":str+="\\a";break;case"000b":str+="\\v";break;case"001b":str+="\\e";break;case"0085":str+="\\N";break;case"00a0":str+="\\_";break;case"2028":str+="\\L";break;case"2029":str+="\\P";break;default:if(code.substr(0,2)==="00")str+="\\x"+code.substr(2);else str+=json.substr(i,6)}i+=5;start=i+1}break;case"n":if(implicitKey||json[i+2]==='"'||json.length<minMultiLineLength){i+=1}else{str+=json.slice(start,i)+"\n\n";while(json[i+2]==="\\"&&json[i+3]==="n"&&json[i+4]!=='"'){str+="\n";i+=2}str+=indent;if(json[i+2]===" ")str+="\\";i+=1;start=i+1}break;default:i+=1}}str=start?str+json.slice(start):json;return implicitKey?str:foldFlowLines.foldFlowLines(str,indent,foldFlowLines.FOLD_QUOTED,getFoldOptions(ctx,false))}function singleQuotedString(value,ctx){if(ctx.options.singleQuote===false||ctx.implicitKey&&value.includes("\n")||/[ \t]\n|\n[ \t]/.test(value))return doubleQuotedString(value,ctx);const indent=ctx.indent||(containsDocumentMarker(value)?"  ":"");const res="'"+value.replace(/'/g,"''").replace(/\n+/g,`$&
${indent}`)+"'";return ctx.implicitKey?res:foldFlowLines.foldFlowLines(res,indent,foldFlowLines.FOLD_FLOW,getFoldOptions(ctx,false))}function quotedString(value,ctx){const{singleQuote}=ctx.options;let qs;if(singleQuote===false)qs=doubleQuotedString;else{const hasDouble=value.includes('"');const hasSingle=value.includes("'");if(hasDouble&&!hasSingle)qs=singleQuotedString;else if(hasSingle&&!hasDouble)qs=doubleQuotedString;else qs=singleQuote?singleQuotedString:doubleQuotedString}return qs(value,ctx)}let blockEndNewlines;try{blockEndNewlines=new RegExp("(^|(?<!\n))\n+(?!\n|$)","g")}catch{blockEndNewlines=/\n+(?!\n|$)/g}function blockString({comment,type,value},ctx,onComment,onChompKeep){const{blockQuote,commentString,lineWidth}=ctx.options;if(!blockQuote||/\n[\t ]+$/.test(value)){return quotedString(value,ctx)}const indent=ctx.indent||(ctx.forceBlockIndent||containsDocumentMarker(value)?"  ":"");const literal=blockQuote==="literal"?true:blockQuote==="folded"||type===Scalar.Scalar.BLOCK_FOLDED?false:type===Scalar.Scalar.BLOCK_LITERAL?true:!lineLengthOverLimit(value,lineWidth,indent.length);if(!value)return literal?"|\n":">\n";let chomp;let endStart;for(endStart=value.length;endStart>0;--endStart){const ch=value[endStart-1];if(ch!=="\n"&&ch!=="	"&&ch!==" ")break}let end=value.substring(endStart);const endNlPos=end.indexOf("\n");if(endNlPos===-1){chomp="-"}else if(value===end||endNlPos!==end.length-1){chomp="+";if(onChompKeep)onChompKeep()}else{chomp=""}if(end){value=value.slice(0,-end.length);if(end[end.length-1]==="\n")end=end.slice(0,-1);end=end.replace(blockEndNewlines,`$&${indent}`)}let startWithSpace=false;let startEnd;let startNlPos=-1;for(startEnd=0;startEnd<value.length;++startEnd){const ch=value[startEnd];if(ch===" ")startWithSpace=true;else if(ch==="\n")startNlPos=startEnd;else break}let start=value.substring(0,startNlPos<startEnd?startNlPos+1:startEnd);if(start){value=value.substring(start.length);start=start.replace(/\n+/g,`$&${indent}`)}const indentSize=indent?"2":"1";let header=(startWithSpace?indentSize:"")+chomp;if(comment){header+=" "+commentString(comment.replace(/ ?[\r\n]+/g," "));if(onComment)onComment()}if(!literal){const foldedValue=value.replace(/\n+/g,"\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g,"$1$2").replace(/\n+/g,`$&${indent}`);let literalFallback=false;const foldOptions=getFoldOptions(ctx,true);if(blockQuote!=="folded"&&type!==Scalar.Scalar.BLOCK_FOLDED){foldOptions.onOverflow=()=>{literalFallback=true}}const body=foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`,indent,foldFlowLines.FOLD_BLOCK,foldOptions);if(!literalFallback)return`>${header}
${indent}${body}`}value=value.replace(/\n+/g,`$&${indent}`);return`|${header}
${indent}${start}${value}${end}`}function plainString(item,ctx,onComment,onChompKeep){const{type,value}=item;const{actualString,implicitKey,indent,indentStep,inFlow}=ctx;if(implicitKey&&value.includes("\n")||inFlow&&/[[\]{},]/.test(value)){return quotedString(value,ctx)}if(/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)){return implicitKey||inFlow||!value.includes("\n")?quotedString(value,ctx):blockString(item,ctx,onComment,onChompKeep)}if(!implicitKey&&!inFlow&&type!==Scalar.Scalar.PLAIN&&value.includes("\n")){return blockString(item,ctx,onComment,onChompKeep)}if(containsDocumentMarker(value)){if(indent===""){ctx.forceBlockIndent=true;return blockString(item,ctx,onComment,onChompKeep)}else if(implicitKey&&indent===indentStep){return quotedString(value,ctx)}}const str=value.replace(/\n+/g,`$&
${indent}`);if(actualString){const test=tag=>tag.default&&tag.tag!=="tag:yaml.org,2002:str"&&tag.test?.test(str);const{compat,tags}=ctx.doc.schema;if(tags.some(test)||compat?.some(test))return quotedString(value,ctx)}return implicitKey?str:foldFlowLines.foldFlowLines(str,indent,foldFlowLines.FOLD_FLOW,getFoldOptions(ctx,false))}function stringifyString(item,ctx,onComment,onChompKeep){const{implicitKey,inFlow}=ctx;const ss=typeof item.value==="string"?item:Object.assign({},item,{value:String(item.value)});let{type}=item;if(type!==Scalar.Scalar.QUOTE_DOUBLE){if(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))type=Scalar.Scalar.QUOTE_DOUBLE}const _stringify=_type=>{switch(_type){case Scalar.Scalar.BLOCK_FOLDED:case Scalar.Scalar.BLOCK_LITERAL:return implicitKey||inFlow?quotedString(ss.value,ctx):blockString(ss,ctx,onComment,onChompKeep);case Scalar.Scalar.QUOTE_DOUBLE:return doubleQuotedString(ss.value,ctx);case Scalar.Scalar.QUOTE_SINGLE:return singleQuotedString(ss.value,ctx);case Scalar.Scalar.PLAIN:return plainString(ss,ctx,onComment,onChompKeep);default:return null}};let res=_stringify(type);if(res===null){const{defaultKeyType,defaultStringType}=ctx.options;const t=implicitKey&&defaultKeyType||defaultStringType;res=_stringify(t);if(res===null)throw new Error(`Unsupported default string type ${t}`)}return res}exports.stringifyString=stringifyString}),10204:((__unused_webpack_module,exports,__webpack_require__)=>{var identity=__webpack_require__(41127);const BREAK=Symbol("break visit");const SKIP=Symbol("skip children");const REMOVE=Symbol("remove node");function visit(node,visitor){const visitor_=initVisitor(visitor);if(identity.isDocument(node)){const cd=visit_(null,node.contents,visitor_,Object.freeze([node]));if(cd===REMOVE)node.contents=null}else visit_(null,node,visitor_,Object.freeze([]))}visit.BREAK=BREAK;visit.SKIP=SKIP;visit.REMOVE=REMOVE;function visit_(key,node,visitor,path){const ctrl=callVisitor(key,node,visitor,path);if(identity.isNode(ctrl)||identity.isPair(ctrl)){replaceNode(key,path,ctrl);return visit_(key,ctrl,visitor,path)}if(typeof ctrl!=="symbol"){if(identity.isCollection(node)){path=Object.freeze(path.concat(node));for(let i=0;i<node.items.length;++i){const ci=visit_(i,node.items[i],visitor,path);if(typeof ci==="number")i=ci-1;else if(ci===BREAK)return BREAK;else if(ci===REMOVE){node.items.splice(i,1);i-=1}}}else if(identity.isPair(node)){path=Object.freeze(path.concat(node));const ck=visit_("key",node.key,visitor,path);if(ck===BREAK)return BREAK;else if(ck===REMOVE)node.key=null;const cv=visit_("value",node.value,visitor,path);if(cv===BREAK)return BREAK;else if(cv===REMOVE)node.value=null}}return ctrl}async function visitAsync(node,visitor){const visitor_=initVisitor(visitor);if(identity.isDocument(node)){const cd=await visitAsync_(null,node.contents,visitor_,Object.freeze([node]));if(cd===REMOVE)node.contents=null}else await visitAsync_(null,node,visitor_,Object.freeze([]))}visitAsync.BREAK=BREAK;visitAsync.SKIP=SKIP;visitAsync.REMOVE=REMOVE;async function visitAsync_(key,node,visitor,path){const ctrl=await callVisitor(key,node,visitor,path);if(identity.isNode(ctrl)||identity.isPair(ctrl)){replaceNode(key,path,ctrl);return visitAsync_(key,ctrl,visitor,path)}if(typeof ctrl!=="symbol"){if(identity.isCollection(node)){path=Object.freeze(path.concat(node));for(let i=0;i<node.items.length;++i){const ci=await visitAsync_(i,node.items[i],visitor,path);if(typeof ci==="number")i=ci-1;else if(ci===BREAK)return BREAK;else if(ci===REMOVE){node.items.splice(i,1);i-=1}}}else if(identity.isPair(node)){path=Object.freeze(path.concat(node));const ck=await visitAsync_("key",node.key,visitor,path);if(ck===BREAK)return BREAK;else if(ck===REMOVE)node.key=null;const cv=await visitAsync_("value",node.value,visitor,path);if(cv===BREAK)return BREAK;else if(cv===REMOVE)node.value=null}}return ctrl}function initVisitor(visitor){if(typeof visitor==="object"&&(visitor.Collection||visitor.Node||visitor.Value)){return Object.assign({Alias:visitor.Node,Map:visitor.Node,Scalar:visitor.Node,Seq:visitor.Node},visitor.Value&&{Map:visitor.Value,Scalar:visitor.Value,Seq:visitor.Value},visitor.Collection&&{Map:visitor.Collection,Seq:visitor.Collection},visitor)}return visitor}function callVisitor(key,node,visitor,path){if(typeof visitor==="function")return visitor(key,node,path);if(identity.isMap(node))return visitor.Map?.(key,node,path);if(identity.isSeq(node))return visitor.Seq?.(key,node,path);if(identity.isPair(node))return visitor.Pair?.(key,node,path);if(identity.isScalar(node))return visitor.Scalar?.(key,node,path);if(identity.isAlias(node))return visitor.Alias?.(key,node,path);return undefined}function replaceNode(key,path,node){const parent=path[path.length-1];if(identity.isCollection(parent)){parent.items[key]=node}else if(identity.isPair(parent)){if(key==="key")parent.key=node;else parent.value=node}else if(identity.isDocument(parent)){parent.contents=node}else{const pt=identity.isAlias(parent)?"alias":"scalar";throw new Error(`Cannot replace node with ${pt} parent`)}}exports.visit=visit;exports.visitAsync=visitAsync}),40312:((__unused_webpack___webpack_module__,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{CE:()=>ParquetTypes,I7:()=>EdgeInterpolationAlgorithms,IE:()=>CompressionCodecs,Nw:()=>FieldRepetitionTypes,P2:()=>PageTypes,UQ:()=>BoundaryOrders,gQ:()=>ConvertedTypes,p6:()=>Encodings});const ParquetTypes=["BOOLEAN","INT32","INT64","INT96","FLOAT","DOUBLE","BYTE_ARRAY","FIXED_LEN_BYTE_ARRAY"];const Encodings=["PLAIN","GROUP_VAR_INT","PLAIN_DICTIONARY","RLE","BIT_PACKED","DELTA_BINARY_PACKED","DELTA_LENGTH_BYTE_ARRAY","DELTA_BYTE_ARRAY","RLE_DICTIONARY","BYTE_STREAM_SPLIT"];const FieldRepetitionTypes=["REQUIRED","OPTIONAL","REPEATED"];const ConvertedTypes=["UTF8","MAP","MAP_KEY_VALUE","LIST","ENUM","DECIMAL","DATE","TIME_MILLIS","TIME_MICROS","TIMESTAMP_MILLIS","TIMESTAMP_MICROS","UINT_8","UINT_16","UINT_32","UINT_64","INT_8","INT_16","INT_32","INT_64","JSON","BSON","INTERVAL"];const CompressionCodecs=["UNCOMPRESSED","SNAPPY","GZIP","LZO","BROTLI","LZ4","ZSTD","LZ4_RAW"];const PageTypes=["DATA_PAGE","INDEX_PAGE","DICTIONARY_PAGE","DATA_PAGE_V2"];const BoundaryOrders=["UNORDERED","ASCENDING","DESCENDING"];const EdgeInterpolationAlgorithms=["SPHERICAL","VINCENTY","THOMAS","ANDOYER","KARNEY"]}),69234:((__unused_webpack___webpack_module__,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{Rc:()=>DEFAULT_PARSERS,C6:()=>convert,Km:()=>convertWithDictionary,$Q:()=>parseDecimal,dq:()=>parseFloat16});function wkbToGeojson(reader){const flags=getFlags(reader);if(flags.type===1){return{type:"Point",coordinates:readPosition(reader,flags)}}else if(flags.type===2){return{type:"LineString",coordinates:readLine(reader,flags)}}else if(flags.type===3){return{type:"Polygon",coordinates:readPolygon(reader,flags)}}else if(flags.type===4){const points=[];for(let i=0;i<flags.count;i++){points.push(readPosition(reader,getFlags(reader)))}return{type:"MultiPoint",coordinates:points}}else if(flags.type===5){const lines=[];for(let i=0;i<flags.count;i++){lines.push(readLine(reader,getFlags(reader)))}return{type:"MultiLineString",coordinates:lines}}else if(flags.type===6){const polygons=[];for(let i=0;i<flags.count;i++){polygons.push(readPolygon(reader,getFlags(reader)))}return{type:"MultiPolygon",coordinates:polygons}}else if(flags.type===7){const geometries=[];for(let i=0;i<flags.count;i++){geometries.push(wkbToGeojson(reader))}return{type:"GeometryCollection",geometries}}else{throw new Error(`Unsupported geometry type: ${flags.type}`)}}function getFlags(reader){const{view}=reader;const littleEndian=view.getUint8(reader.offset++)===1;const rawType=view.getUint32(reader.offset,littleEndian);reader.offset+=4;const type=rawType%1e3;const flags=Math.floor(rawType/1e3);let count=0;if(type>1&&type<=7){count=view.getUint32(reader.offset,littleEndian);reader.offset+=4}let dim=2;if(flags)dim++;if(flags===3)dim++;return{littleEndian,type,dim,count}}function readPosition(reader,flags){const points=[];for(let i=0;i<flags.dim;i++){const coord=reader.view.getFloat64(reader.offset,flags.littleEndian);reader.offset+=8;points.push(coord)}return points}function readLine(reader,flags){const points=[];for(let i=0;i<flags.count;i++){points.push(readPosition(reader,flags))}return points}function readPolygon(reader,flags){const{view}=reader;const rings=[];for(let r=0;r<flags.count;r++){const count=view.getUint32(reader.offset,flags.littleEndian);reader.offset+=4;rings.push(readLine(reader,{...flags,count}))}return rings};const decoder=new TextDecoder;const DEFAULT_PARSERS={timestampFromMilliseconds(millis){return new Date(Number(millis))},timestampFromMicroseconds(micros){return new Date(Number(micros/1000n))},timestampFromNanoseconds(nanos){return new Date(Number(nanos/1000000n))},dateFromDays(days){return new Date(days*864e5)},stringFromBytes(bytes){return bytes&&decoder.decode(bytes)},jsonFromBytes(bytes){return bytes&&JSON.parse(decoder.decode(bytes))},geometryFromBytes(bytes){return bytes&&wkbToGeojson({view:new DataView(bytes.buffer,bytes.byteOffset,bytes.byteLength),offset:0})},geographyFromBytes(bytes){return bytes&&wkbToGeojson({view:new DataView(bytes.buffer,bytes.byteOffset,bytes.byteLength),offset:0})},uuidFromBytes(bytes){if(!bytes)return undefined;const hex=Array.from(bytes,b=>b.toString(16).padStart(2,"0")).join("");return hex.slice(0,8)+"-"+hex.slice(8,12)+"-"+hex.slice(12,16)+"-"+hex.slice(16,20)+"-"+hex.slice(20,32)}};function convertWithDictionary(data,dictionary,encoding,columnDecoder){if(dictionary&&encoding.endsWith("_DICTIONARY")){let output=data;if(data instanceof Uint8Array&&!(dictionary instanceof Uint8Array)){output=new dictionary.constructor(data.length)}for(let i=0;i<data.length;i++){output[i]=dictionary[data[i]]}return output}else{return convert(data,columnDecoder)}}function convert(data,columnDecoder){const{element,parsers,utf8=true,schemaPath}=columnDecoder;const{type,converted_type:ctype,logical_type:ltype}=element;const nullable=element.repetition_type!=="REQUIRED";const isVariant=schemaPath?.some(s=>s.element.logical_type?.type==="VARIANT");if(isVariant&&type==="BYTE_ARRAY"&&ctype!=="UTF8"&&ltype?.type!=="STRING"){return data}if(ctype==="DECIMAL"){const scale=element.scale||0;const factor=10**-scale;const arr=new Array(data.length);for(let i=0;i<arr.length;i++){if(data[i]instanceof Uint8Array){arr[i]=parseDecimal(data[i])*factor}else{arr[i]=Number(data[i])*factor}}return arr}if(!ctype&&type==="INT96"){return Array.from(data).map(v=>parsers.timestampFromNanoseconds(parseInt96Nanos(v)))}if(ctype==="DATE"){return Array.from(data).map(v=>parsers.dateFromDays(v))}if(ctype==="TIMESTAMP_MILLIS"){return Array.from(data).map(v=>parsers.timestampFromMilliseconds(v))}if(ctype==="TIMESTAMP_MICROS"){return Array.from(data).map(v=>parsers.timestampFromMicroseconds(v))}if(ctype==="JSON"){return data.map(v=>parsers.jsonFromBytes(v))}if(ctype==="BSON"){throw new Error("parquet bson not supported")}if(ctype==="INTERVAL"){throw new Error("parquet interval not supported")}if(ltype?.type==="GEOMETRY"){return data.map(v=>parsers.geometryFromBytes(v))}if(ltype?.type==="GEOGRAPHY"){return data.map(v=>parsers.geographyFromBytes(v))}if(ltype?.type==="UUID"){return data.map(v=>parsers.uuidFromBytes(v))}if(ctype==="UTF8"||ltype?.type==="STRING"||utf8&&type==="BYTE_ARRAY"){return data.map(v=>parsers.stringFromBytes(v))}if(ctype==="UINT_64"||ltype?.type==="INTEGER"&&ltype.bitWidth===64&&!ltype.isSigned){if(data instanceof BigInt64Array)return new BigUint64Array(data.buffer,data.byteOffset,data.length);const arr=nullable?new Array(data.length):new BigUint64Array(data.length);for(let i=0;i<arr.length;i++)arr[i]=data[i];return arr}if(ctype==="UINT_32"||ltype?.type==="INTEGER"&&ltype.bitWidth===32&&!ltype.isSigned){if(data instanceof Int32Array)return new Uint32Array(data.buffer,data.byteOffset,data.length);const arr=nullable?new Array(data.length):new Uint32Array(data.length);for(let i=0;i<arr.length;i++){arr[i]=data[i]<0?0x100000000+data[i]:data[i]}return arr}if(ltype?.type==="FLOAT16"){return Array.from(data).map(parseFloat16)}if(ltype?.type==="TIMESTAMP"){const{unit}=ltype;let parser=parsers.timestampFromMilliseconds;if(unit==="MICROS")parser=parsers.timestampFromMicroseconds;if(unit==="NANOS")parser=parsers.timestampFromNanoseconds;const arr=new Array(data.length);for(let i=0;i<arr.length;i++){arr[i]=parser(data[i])}return arr}return data}function parseDecimal(bytes){if(!bytes.length)return 0;let value=0n;for(const byte of bytes){value=value*256n+BigInt(byte)}const bits=bytes.length*8;if(value>=2n**BigInt(bits-1)){value-=2n**BigInt(bits)}return Number(value)}function parseInt96Nanos(value){const days=(value>>64n)-2440588n;const nano=value&0xffffffffffffffffn;return days*86400000000000n+nano}function parseFloat16(bytes){if(!bytes)return undefined;const int16=bytes[1]<<8|bytes[0];const sign=int16>>15?-1:1;const exp=int16>>10&31;const frac=int16&1023;if(exp===0)return sign*2**-14*(frac/1024);if(exp===31)return frac?NaN:sign*Infinity;return sign*2**(exp-15)*(1+frac/1024)}}),96367:((__unused_webpack___webpack_module__,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{FS:()=>convertMetadata,Ei:()=>parquetMetadataAsync1,YR:()=>parquetSchema1});var constants=__webpack_require__(40312);var convert=__webpack_require__(69234);var src_schema=__webpack_require__(28286);var thrift=__webpack_require__(52558);function markGeoColumns(schema,key_value_metadata){const columns=new Map;const geo=key_value_metadata?.find(({key})=>key==="geo")?.value;const decodedColumns=(geo&&JSON.parse(geo)?.columns)??{};for(const[name,column]of Object.entries(decodedColumns)){if(column.encoding!=="WKB")continue;const type=column.edges==="spherical"?"GEOGRAPHY":"GEOMETRY";const id=column.crs?.id??column.crs?.ids?.[0];const crs=id?`${id.authority}:${id.code.toString()}`:undefined;columns.set(name,{type,crs})}for(let i=1;i<schema.length;i++){const{logical_type,name,num_children,type}=schema[i];if(num_children){i+=num_children;continue}if(type==="BYTE_ARRAY"&&!logical_type){schema[i].logical_type=columns.get(name)}}};const defaultInitialFetchSize1=1<<19;const decoder=new TextDecoder;function decode(value){return value&&decoder.decode(value)}async function parquetMetadataAsync1(asyncBuffer,{parsers,initialFetchSize=defaultInitialFetchSize1,geoparquet=true}={}){if(!asyncBuffer||!(asyncBuffer.byteLength>=0))throw new Error("parquet expected AsyncBuffer");const footerOffset=Math.max(0,asyncBuffer.byteLength-initialFetchSize);const footerBuffer=await asyncBuffer.slice(footerOffset,asyncBuffer.byteLength);const footerView=new DataView(footerBuffer);if(footerView.getUint32(footerBuffer.byteLength-4,true)!==0x31524150){throw new Error("parquet file invalid (footer != PAR1)")}const metadataLength=footerView.getUint32(footerBuffer.byteLength-8,true);if(metadataLength>asyncBuffer.byteLength-8){throw new Error(`parquet metadata length ${metadataLength} exceeds available buffer ${asyncBuffer.byteLength-8}`)}if(metadataLength+8>initialFetchSize){const metadataOffset=asyncBuffer.byteLength-metadataLength-8;const metadataBuffer=await asyncBuffer.slice(metadataOffset,footerOffset);const combinedBuffer=new ArrayBuffer(metadataLength+8);const combinedView=new Uint8Array(combinedBuffer);combinedView.set(new Uint8Array(metadataBuffer));combinedView.set(new Uint8Array(footerBuffer),footerOffset-metadataOffset);return parquetMetadata(combinedBuffer,{parsers,geoparquet})}else{return parquetMetadata(footerBuffer,{parsers,geoparquet})}}function parquetMetadata(arrayBuffer,{parsers,geoparquet=true}={}){let view;if(arrayBuffer instanceof ArrayBuffer){view=new DataView(arrayBuffer)}else if(arrayBuffer instanceof Uint8Array){view=new DataView(arrayBuffer.buffer,arrayBuffer.byteOffset,arrayBuffer.byteLength)}else{throw new Error("parquet expected ArrayBuffer or Uint8Array")}const allParsers={...convert.Rc,...parsers};if(view.byteLength<8){throw new Error("parquet file is too short")}if(view.getUint32(view.byteLength-4,true)!==0x31524150){throw new Error("parquet file invalid (footer != PAR1)")}const metadataLengthOffset=view.byteLength-8;const metadataLength=view.getUint32(metadataLengthOffset,true);if(metadataLength>view.byteLength-8){throw new Error(`parquet metadata length ${metadataLength} exceeds available buffer ${view.byteLength-8}`)}const metadataOffset=metadataLengthOffset-metadataLength;const reader={view,offset:metadataOffset};const metadata=(0,thrift.Tn)(reader);const version=metadata.field_1;const schema=metadata.field_2.map(field=>({type:constants.CE[field.field_1],type_length:field.field_2,repetition_type:constants.Nw[field.field_3],name:decode(field.field_4),num_children:field.field_5,converted_type:constants.gQ[field.field_6],scale:field.field_7,precision:field.field_8,field_id:field.field_9,logical_type:logicalType(field.field_10)}));const columnSchema=schema.filter(e=>e.type);const num_rows=metadata.field_3;const row_groups=metadata.field_4.map(rowGroup=>({columns:rowGroup.field_1.map((column,columnIndex)=>({file_path:decode(column.field_1),file_offset:column.field_2,meta_data:column.field_3&&{type:constants.CE[column.field_3.field_1],encodings:column.field_3.field_2?.map(e=>constants.p6[e]),path_in_schema:column.field_3.field_3.map(decode),codec:constants.IE[column.field_3.field_4],num_values:column.field_3.field_5,total_uncompressed_size:column.field_3.field_6,total_compressed_size:column.field_3.field_7,key_value_metadata:column.field_3.field_8?.map(kv=>({key:decode(kv.field_1),value:decode(kv.field_2)})),data_page_offset:column.field_3.field_9,index_page_offset:column.field_3.field_10,dictionary_page_offset:column.field_3.field_11,statistics:convertStats(column.field_3.field_12,columnSchema[columnIndex],allParsers),encoding_stats:column.field_3.field_13?.map(encodingStat=>({page_type:constants.P2[encodingStat.field_1],encoding:constants.p6[encodingStat.field_2],count:encodingStat.field_3})),bloom_filter_offset:column.field_3.field_14,bloom_filter_length:column.field_3.field_15,size_statistics:column.field_3.field_16&&{unencoded_byte_array_data_bytes:column.field_3.field_16.field_1,repetition_level_histogram:column.field_3.field_16.field_2,definition_level_histogram:column.field_3.field_16.field_3},geospatial_statistics:column.field_3.field_17&&{bbox:column.field_3.field_17.field_1&&{xmin:column.field_3.field_17.field_1.field_1,xmax:column.field_3.field_17.field_1.field_2,ymin:column.field_3.field_17.field_1.field_3,ymax:column.field_3.field_17.field_1.field_4,zmin:column.field_3.field_17.field_1.field_5,zmax:column.field_3.field_17.field_1.field_6,mmin:column.field_3.field_17.field_1.field_7,mmax:column.field_3.field_17.field_1.field_8},geospatial_types:column.field_3.field_17.field_2}},offset_index_offset:column.field_4,offset_index_length:column.field_5,column_index_offset:column.field_6,column_index_length:column.field_7,crypto_metadata:column.field_8,encrypted_column_metadata:column.field_9})),total_byte_size:rowGroup.field_2,num_rows:rowGroup.field_3,sorting_columns:rowGroup.field_4?.map(sortingColumn=>({column_idx:sortingColumn.field_1,descending:sortingColumn.field_2,nulls_first:sortingColumn.field_3})),file_offset:rowGroup.field_5,total_compressed_size:rowGroup.field_6,ordinal:rowGroup.field_7}));const key_value_metadata=metadata.field_5?.map(kv=>({key:decode(kv.field_1),value:decode(kv.field_2)}));const created_by=decode(metadata.field_6);if(geoparquet){markGeoColumns(schema,key_value_metadata)}return{version,schema,num_rows,row_groups,key_value_metadata,created_by,metadata_length:metadataLength}}function parquetSchema1({schema}){return(0,src_schema.Dy)(schema,[])[0]}function logicalType(logicalType){if(logicalType?.field_1)return{type:"STRING"};if(logicalType?.field_2)return{type:"MAP"};if(logicalType?.field_3)return{type:"LIST"};if(logicalType?.field_4)return{type:"ENUM"};if(logicalType?.field_5)return{type:"DECIMAL",scale:logicalType.field_5.field_1,precision:logicalType.field_5.field_2};if(logicalType?.field_6)return{type:"DATE"};if(logicalType?.field_7)return{type:"TIME",isAdjustedToUTC:logicalType.field_7.field_1,unit:timeUnit(logicalType.field_7.field_2)};if(logicalType?.field_8)return{type:"TIMESTAMP",isAdjustedToUTC:logicalType.field_8.field_1,unit:timeUnit(logicalType.field_8.field_2)};if(logicalType?.field_10)return{type:"INTEGER",bitWidth:logicalType.field_10.field_1,isSigned:logicalType.field_10.field_2};if(logicalType?.field_11)return{type:"NULL"};if(logicalType?.field_12)return{type:"JSON"};if(logicalType?.field_13)return{type:"BSON"};if(logicalType?.field_14)return{type:"UUID"};if(logicalType?.field_15)return{type:"FLOAT16"};if(logicalType?.field_16)return{type:"VARIANT",specification_version:logicalType.field_16.field_1};if(logicalType?.field_17)return{type:"GEOMETRY",crs:decode(logicalType.field_17.field_1)};if(logicalType?.field_18)return{type:"GEOGRAPHY",crs:decode(logicalType.field_18.field_1),algorithm:constants.I7[logicalType.field_18.field_2]};return logicalType}function timeUnit(unit){if(unit.field_1)return"MILLIS";if(unit.field_2)return"MICROS";if(unit.field_3)return"NANOS";throw new Error("parquet time unit required")}function convertStats(stats,schema,parsers){return stats&&{max:convertMetadata(stats.field_1,schema,parsers),min:convertMetadata(stats.field_2,schema,parsers),null_count:stats.field_3,distinct_count:stats.field_4,max_value:convertMetadata(stats.field_5,schema,parsers),min_value:convertMetadata(stats.field_6,schema,parsers),is_max_value_exact:stats.field_7,is_min_value_exact:stats.field_8}}function convertMetadata(value,schema,parsers){const{type,converted_type,logical_type}=schema;if(value===undefined)return value;if(type==="BOOLEAN")return value[0]===1;if(type==="BYTE_ARRAY")return parsers.stringFromBytes(value);const view=new DataView(value.buffer,value.byteOffset,value.byteLength);if(type==="FLOAT"&&view.byteLength===4)return view.getFloat32(0,true);if(type==="DOUBLE"&&view.byteLength===8)return view.getFloat64(0,true);if(type==="INT32"&&converted_type==="DECIMAL"&&view.byteLength===4){return view.getInt32(0,true)*10**-(schema.scale||0)}if(type==="INT64"&&converted_type==="DECIMAL"&&view.byteLength===8){return Number(view.getBigInt64(0,true))*10**-(schema.scale||0)}if(type==="INT32"&&converted_type==="DATE")return parsers.dateFromDays(view.getInt32(0,true));if(type==="INT64"&&converted_type==="TIMESTAMP_MILLIS")return parsers.timestampFromMilliseconds(view.getBigInt64(0,true));if(type==="INT64"&&converted_type==="TIMESTAMP_MICROS")return parsers.timestampFromMicroseconds(view.getBigInt64(0,true));if(type==="INT64"&&logical_type?.type==="TIMESTAMP"&&logical_type?.unit==="NANOS")return parsers.timestampFromNanoseconds(view.getBigInt64(0,true));if(type==="INT64"&&logical_type?.type==="TIMESTAMP"&&logical_type?.unit==="MICROS")return parsers.timestampFromMicroseconds(view.getBigInt64(0,true));if(type==="INT64"&&logical_type?.type==="TIMESTAMP")return parsers.timestampFromMilliseconds(view.getBigInt64(0,true));const unsigned=converted_type?.startsWith("UINT_")||logical_type?.type==="INTEGER"&&!logical_type.isSigned;if(type==="INT32"&&unsigned&&view.byteLength===4)return view.getUint32(0,true);if(type==="INT64"&&unsigned&&view.byteLength===8)return view.getBigUint64(0,true);if(type==="INT32"&&view.byteLength===4)return view.getInt32(0,true);if(type==="INT64"&&view.byteLength===8)return view.getBigInt64(0,true);if(converted_type==="DECIMAL")return(0,convert.$Q)(value)*10**-(schema.scale||0);if(logical_type?.type==="FLOAT16")return(0,convert.dq)(value);if(logical_type?.type==="UUID")return parsers.uuidFromBytes(value);if(type==="FIXED_LEN_BYTE_ARRAY")return value;return value}}),51609:((__unused_webpack___webpack_module__,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{Rv:()=>asyncBufferFromFile});var fs__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(79896);async function asyncBufferFromFile(filename){const{size}=await fs__WEBPACK_IMPORTED_MODULE_0__.promises.stat(filename);return{byteLength:size,slice(start,end){if(start===end)return Promise.resolve(new ArrayBuffer(0));const reader=(0,fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(filename,{start,end:end===undefined?undefined:end-1});return new Promise((resolve,reject)=>{const chunks=[];reader.on("data",chunk=>chunks.push(chunk));reader.on("error",reject);reader.on("end",()=>{const buffer=Buffer.concat(chunks);if(buffer.byteOffset===0&&buffer.byteLength===buffer.buffer.byteLength){resolve(buffer.buffer)}else{resolve(buffer.buffer.slice(buffer.byteOffset,buffer.byteOffset+buffer.byteLength))}})})}}}}),43720:((__unused_webpack___webpack_module__,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{bA:()=>parquetRead});var src_thrift=__webpack_require__(52558);const MASK=0xffffffffffffffffn;const PRIME1=0x9e3779b185ebca87n;const PRIME2=0xc2b2ae3d27d4eb4fn;const PRIME3=0x165667b19e3779f9n;const PRIME4=0x85ebca77c2b2ae63n;const PRIME5=0x27d4eb2f165667c5n;function rotl64(x,r){return(x<<r|x>>64n-r)&MASK}function round(acc,val){acc=acc+val*PRIME2&MASK;acc=rotl64(acc,31n);return acc*PRIME1&MASK}function mergeRound(acc,val){acc^=round(0n,val);return acc*PRIME1+PRIME4&MASK}function xxhash64(input,seed=0n){const view=new DataView(input.buffer,input.byteOffset,input.byteLength);const len=input.byteLength;let offset=0;let h64;if(len>=32){let v1=seed+PRIME1+PRIME2&MASK;let v2=seed+PRIME2&MASK;let v3=seed;let v4=seed-PRIME1&MASK;while(offset+32<=len){v1=round(v1,view.getBigUint64(offset,true));offset+=8;v2=round(v2,view.getBigUint64(offset,true));offset+=8;v3=round(v3,view.getBigUint64(offset,true));offset+=8;v4=round(v4,view.getBigUint64(offset,true));offset+=8}h64=rotl64(v1,1n)+rotl64(v2,7n)+rotl64(v3,12n)+rotl64(v4,18n)&MASK;h64=mergeRound(h64,v1);h64=mergeRound(h64,v2);h64=mergeRound(h64,v3);h64=mergeRound(h64,v4)}else{h64=seed+PRIME5&MASK}h64=h64+BigInt(len)&MASK;while(offset+8<=len){h64^=round(0n,view.getBigUint64(offset,true));h64=rotl64(h64,27n)*PRIME1+PRIME4&MASK;offset+=8}if(offset+4<=len){h64^=BigInt(view.getUint32(offset,true))*PRIME1&MASK;h64=rotl64(h64,23n)*PRIME2+PRIME3&MASK;offset+=4}while(offset<len){h64^=BigInt(view.getUint8(offset))*PRIME5&MASK;h64=rotl64(h64,11n)*PRIME1&MASK;offset+=1}h64^=h64>>33n;h64=h64*PRIME2&MASK;h64^=h64>>29n;h64=h64*PRIME3&MASK;h64^=h64>>32n;return h64};const textEncoder=new TextEncoder;const SALT=new Uint32Array([0x47b6137b,0x44974d91,0x8824ad5b,0xa2b7289d,0x705495c7,0x2df1424b,0x9efc4947,0x5c6bfb31]);function blockIndex(hash,numBlocks){return Number((hash>>32n)*BigInt(numBlocks)>>32n)}function blockMask(hash){const m=new Uint32Array(8);const low=Number(hash&4294967295n)|0;for(let i=0;i<8;i++){m[i]=1<<(Math.imul(low,SALT[i])>>>27)}return m}function sbbfInsert(blocks,hash){const offset=blockIndex(hash,blocks.length>>3)<<3;const m=blockMask(hash);for(let i=0;i<8;i++){blocks[offset+i]|=m[i]}}function sbbfContains(blocks,hash){const offset=blockIndex(hash,blocks.length>>3)<<3;const m=blockMask(hash);for(let i=0;i<8;i++){if((blocks[offset+i]&m[i])===0)return false}return true}function readBloomFilter(reader){const header=(0,src_thrift.Tn)(reader);const numBytes=header.field_1;if(typeof numBytes!=="number"||numBytes<=0||numBytes%32!==0)return undefined;if(!header.field_2?.field_1)return undefined;if(!header.field_3?.field_1)return undefined;if(!header.field_4?.field_1)return undefined;const{view,offset}=reader;if(offset+numBytes>view.byteLength){throw new Error(`parquet bloom filter truncated: need ${numBytes} bytes, have ${view.byteLength-offset}`)}const blocks=new Uint32Array(numBytes>>2);for(let i=0;i<blocks.length;i++){blocks[i]=view.getUint32(offset+i*4,true)}reader.offset=offset+numBytes;return{numBytes,blocks}}function hashParquetValue(value,element){if(value===null||value===undefined)return undefined;const{type,converted_type,logical_type}=element;if(type==="BOOLEAN"){if(typeof value!=="boolean")return undefined;return xxhash64(new Uint8Array([value?1:0]))}if(type==="FLOAT"){if(typeof value!=="number")return undefined;const buf=new ArrayBuffer(4);new DataView(buf).setFloat32(0,value,true);return xxhash64(new Uint8Array(buf))}if(type==="DOUBLE"){if(typeof value!=="number")return undefined;const buf=new ArrayBuffer(8);new DataView(buf).setFloat64(0,value,true);return xxhash64(new Uint8Array(buf))}if(type==="INT32"){if(converted_type==="DATE"||converted_type==="DECIMAL"||converted_type==="TIME_MILLIS")return undefined;if(logical_type?.type==="DATE"||logical_type?.type==="TIME"||logical_type?.type==="DECIMAL")return undefined;if(typeof value!=="number"||!Number.isInteger(value))return undefined;const buf=new ArrayBuffer(4);new DataView(buf).setInt32(0,value|0,true);return xxhash64(new Uint8Array(buf))}if(type==="INT64"){if(converted_type==="TIMESTAMP_MILLIS"||converted_type==="TIMESTAMP_MICROS")return undefined;if(converted_type==="TIME_MICROS"||converted_type==="DECIMAL")return undefined;if(logical_type?.type==="TIMESTAMP"||logical_type?.type==="TIME"||logical_type?.type==="DECIMAL")return undefined;let bigValue;if(typeof value==="bigint")bigValue=value;else if(typeof value==="number"&&Number.isSafeInteger(value))bigValue=BigInt(value);else return undefined;const buf=new ArrayBuffer(8);new DataView(buf).setBigUint64(0,BigInt.asUintN(64,bigValue),true);return xxhash64(new Uint8Array(buf))}if(type==="BYTE_ARRAY"){if(converted_type==="JSON"||converted_type==="BSON"||converted_type==="DECIMAL")return undefined;if(logical_type?.type==="JSON"||logical_type?.type==="BSON"||logical_type?.type==="VARIANT")return undefined;if(logical_type?.type==="GEOMETRY"||logical_type?.type==="GEOGRAPHY")return undefined;if(typeof value==="string")return xxhash64(textEncoder.encode(value));if(value instanceof Uint8Array)return xxhash64(value);return undefined}if(type==="FIXED_LEN_BYTE_ARRAY"){if(converted_type==="DECIMAL"||converted_type==="INTERVAL")return undefined;if(logical_type?.type==="DECIMAL"||logical_type?.type==="UUID"||logical_type?.type==="FLOAT16")return undefined;if(logical_type?.type==="GEOMETRY"||logical_type?.type==="GEOGRAPHY")return undefined;if(value instanceof Uint8Array)return xxhash64(value);return undefined}return undefined}function bloomEligibleColumns(filter){const out=new Set;walkBloomEligible(filter,out);return out}function walkBloomEligible(filter,out){if(!filter)return;if("$and"in filter&&Array.isArray(filter.$and)){for(const sub of filter.$and)walkBloomEligible(sub,out);return}if("$or"in filter&&Array.isArray(filter.$or)){for(const sub of filter.$or)walkBloomEligible(sub,out);return}if("$nor"in filter)return;for(const[field,condition]of Object.entries(filter)){if(field.startsWith("$"))continue;if(typeof condition==="object"&&condition!==null&&!Array.isArray(condition)){if("$eq"in condition||"$in"in condition)out.add(field)}else{out.add(field)}}};function toJson(obj){if(obj===undefined)return null;if(typeof obj==="bigint")return Number(obj);if(Object.is(obj,-0))return 0;if(Array.isArray(obj))return obj.map(toJson);if(obj instanceof Uint8Array)return Array.from(obj);if(obj instanceof Date)return obj.toISOString();if(obj instanceof Object){const newObj={};for(const key of Object.keys(obj)){if(obj[key]===undefined)continue;newObj[key]=toJson(obj[key])}return newObj}return obj}function utils_concat(aaa,bbb){const chunk=1e4;for(let i=0;i<bbb.length;i+=chunk){aaa.push(...bbb.slice(i,i+chunk))}}function equals(a,b,strict=true){if(strict?a===b:a==b)return true;if(!a||!b||typeof a!=="object"||typeof b!=="object")return false;if(a instanceof Uint8Array&&b instanceof Uint8Array){if(a.length!==b.length)return false;for(let i=0;i<a.length;i++){if(a[i]!==b[i])return false}return true}if(a instanceof Date||b instanceof Date){return a instanceof Date&&b instanceof Date&&a.getTime()===b.getTime()}if(Array.isArray(a)&&Array.isArray(b)){if(a.length!==b.length)return false;for(let i=0;i<a.length;i++){if(!equals(a[i],b[i],strict))return false}return true}const aKeys=Object.keys(a);if(aKeys.length!==Object.keys(b).length)return false;for(const k of aKeys){if(!equals(a[k],b[k],strict))return false}return true}async function byteLengthFromUrlUsingGet(url,requestInit={},fetchFn=globalThis.fetch){const controller=new AbortController;const headers=new Headers(requestInit.headers);headers.set("Range","bytes=0-0");const res=await fetchFn(url,{...requestInit,headers,signal:controller.signal});if(!res.ok)throw new Error(`fetch with range failed ${res.status}`);if(res.status===206){const contentRange=res.headers.get("Content-Range");if(!contentRange)throw new Error("missing content-range header");const match=contentRange.match(/bytes \d+-\d+\/(\d+)/);if(!match)throw new Error(`invalid content-range header: ${contentRange}`);return parseInt(match[1])}if(res.status===200){const contentLength=res.headers.get("Content-Length");controller.abort();if(contentLength)return parseInt(contentLength)}throw new Error("server does not support range requests and missing content-length")}async function byteLengthFromUrl(url,requestInit,customFetch){const fetch=customFetch??globalThis.fetch;const res=await fetch(url,{...requestInit,method:"HEAD"});if(res.status===403){return byteLengthFromUrlUsingGet(url,requestInit,fetch)}if(!res.ok)throw new Error(`fetch head failed ${res.status}`);const length=res.headers.get("Content-Length");if(!length){return byteLengthFromUrlUsingGet(url,requestInit,fetch)}return parseInt(length)}async function asyncBufferFromUrl({url,byteLength,requestInit,fetch:customFetch}){if(!url)throw new Error("missing url");const fetch=customFetch??globalThis.fetch;byteLength??=await byteLengthFromUrl(url,requestInit,fetch);let buffer=undefined;const init=requestInit||{};return{byteLength,async slice(start,end){if(buffer){return buffer.then(buffer=>buffer.slice(start,end))}const headers=new Headers(init.headers);const endStr=end===undefined?"":end-1;headers.set("Range",`bytes=${start}-${endStr}`);const res=await fetch(url,{...init,headers});if(!res.ok||!res.body)throw new Error(`fetch failed ${res.status}`);if(res.status===200){buffer=res.arrayBuffer();return buffer.then(buffer=>buffer.slice(start,end))}else if(res.status===206){return res.arrayBuffer()}else{throw new Error(`fetch received unexpected status code ${res.status}`)}}}}function cachedAsyncBuffer({byteLength,slice},{minSize=defaultInitialFetchSize}={}){if(byteLength<minSize){const buffer=slice(0,byteLength);return{byteLength,async slice(start,end){return(await buffer).slice(start,end)}}}const cache=new Map;return{byteLength,slice(start,end){const key=cacheKey(start,end,byteLength);const cached=cache.get(key);if(cached)return cached;const promise=slice(start,end);cache.set(key,promise);return promise}}}function cacheKey(start,end,size){if(start<0){if(end!==undefined)throw new Error(`invalid suffix range [${start}, ${end}]`);if(size===undefined)return`${start},`;return`${size+start},${size}`}else if(end!==undefined){if(start>end)throw new Error(`invalid empty range [${start}, ${end}]`);return`${start},${end}`}else if(size===undefined){return`${start},`}else{return`${start},${size}`}}function utils_flatten(chunks){if(!chunks)return[];if(chunks.length===1)return chunks[0];const output=[];for(const chunk of chunks){utils_concat(output,chunk)}return output};const encoder=new TextEncoder;function pathsNeededForFilter(filter){if(!filter)return[];const paths=[];if("$and"in filter&&Array.isArray(filter.$and)){paths.push(...filter.$and.flatMap(pathsNeededForFilter))}else if("$or"in filter&&Array.isArray(filter.$or)){paths.push(...filter.$or.flatMap(pathsNeededForFilter))}else if("$nor"in filter&&Array.isArray(filter.$nor)){paths.push(...filter.$nor.flatMap(pathsNeededForFilter))}else{paths.push(...Object.keys(filter))}return[...new Set(paths)]}function filter_columnsNeededForFilter(filter){return[...new Set(pathsNeededForFilter(filter).map(path=>path.split(".")[0]))]}function matchFilter(record,filter,strict=true){if("$and"in filter&&Array.isArray(filter.$and)){return filter.$and.every(subQuery=>matchFilter(record,subQuery,strict))}if("$or"in filter&&Array.isArray(filter.$or)){return filter.$or.some(subQuery=>matchFilter(record,subQuery,strict))}if("$nor"in filter&&Array.isArray(filter.$nor)){return!filter.$nor.some(subQuery=>matchFilter(record,subQuery,strict))}return Object.entries(filter).every(([field,condition])=>{const value=resolve(record,field);if(typeof condition!=="object"||condition===null||Array.isArray(condition)){return equals(value,condition,strict)}return Object.entries(condition||{}).every(([operator,target])=>{if(operator==="$gt")return value!==null&&value!==undefined&&value>target;if(operator==="$gte")return value!==null&&value!==undefined&&value>=target;if(operator==="$lt")return value!==null&&value!==undefined&&value<target;if(operator==="$lte")return value!==null&&value!==undefined&&value<=target;if(operator==="$eq")return equals(value,target,strict);if(operator==="$ne")return!equals(value,target,strict);if(operator==="$in")return Array.isArray(target)&&matchesIn(value,target,strict);if(operator==="$nin")return Array.isArray(target)&&!matchesIn(value,target,strict);if(operator==="$not")return!matchFilter({value},{value:target},strict);return true})})}function matchesIn(value,targets,strict){return targets.some(target=>equals(value,target,strict)||Array.isArray(value)&&value.some(element=>equals(element,target,strict)))}function canSkipRowGroup({rowGroup,physicalColumns,filter,strict=true,bloomFilters,schemaElements}){if(!filter)return false;if("$and"in filter&&Array.isArray(filter.$and)){return filter.$and.some(subFilter=>canSkipRowGroup({rowGroup,physicalColumns,filter:subFilter,strict,bloomFilters,schemaElements}))}if("$or"in filter&&Array.isArray(filter.$or)){return filter.$or.every(subFilter=>canSkipRowGroup({rowGroup,physicalColumns,filter:subFilter,strict,bloomFilters,schemaElements}))}if("$nor"in filter&&Array.isArray(filter.$nor)){return false}for(const[field,condition]of Object.entries(filter)){const columnIndex=physicalColumns.indexOf(field);if(columnIndex===-1)continue;const stats=rowGroup.columns[columnIndex].meta_data?.statistics;const{min,max,min_value,max_value,null_count:nullCount}=stats||{};const minVal=min_value!==undefined?min_value:min;const maxVal=max_value!==undefined?max_value:max;const haveStats=minVal!==undefined&&maxVal!==undefined;const bloom=bloomFilters?.[field];const element=schemaElements?.[field];const matchingNulls=matchFilter({value:null},{value:condition},strict)&&(nullCount===undefined||nullCount>0);if(haveStats&&!matchingNulls&&canSkipStats(condition,minVal,maxVal,strict,element)){return true}for(const[operator,target]of Object.entries(condition||{})){if(bloom&&element){if(operator==="$eq"){const hash=hashParquetValue(target,element);if(hash!==undefined&&!sbbfContains(bloom.blocks,hash))return true}if(operator==="$in"&&Array.isArray(target)&&target.length>0){let allAbsent=true;for(const v of target){const h=hashParquetValue(v,element);if(h===undefined||sbbfContains(bloom.blocks,h)){allAbsent=false;break}}if(allAbsent)return true}}}}return false}function canSkipStats(condition,minVal,maxVal,strict,element){if(minVal===undefined||maxVal===undefined)return false;const mayContainNaN=element?.type==="FLOAT"||element?.type==="DOUBLE"||element?.logical_type?.type==="FLOAT16";for(const[operator,target]of Object.entries(condition||{})){const minComparison=compareParquetValues(minVal,target,strict,element);const maxComparison=compareParquetValues(maxVal,target,strict,element);const binaryBounds=minVal instanceof Uint8Array||maxVal instanceof Uint8Array;const relationalBoundsAreSafe=!binaryBounds&&(element?.type!=="BYTE_ARRAY"||typeof target==="string"&&[...target].every(character=>character.charCodeAt(0)<=127));if(operator==="$gt"&&relationalBoundsAreSafe&&maxComparison!==undefined&&maxComparison<=0)return true;if(operator==="$gte"&&relationalBoundsAreSafe&&maxComparison!==undefined&&maxComparison<0)return true;if(operator==="$lt"&&relationalBoundsAreSafe&&minComparison!==undefined&&minComparison>=0)return true;if(operator==="$lte"&&relationalBoundsAreSafe&&minComparison!==undefined&&minComparison>0)return true;if(operator==="$eq"){const targetMinComparison=compareParquetValues(target,minVal,strict,element);const targetMaxComparison=compareParquetValues(target,maxVal,strict,element);if(targetMinComparison!==undefined&&targetMinComparison<0||targetMaxComparison!==undefined&&targetMaxComparison>0)return true}if(operator==="$ne"&&!mayContainNaN&&equals(minVal,maxVal,strict)&&equals(minVal,target,strict))return true;if(operator==="$in"&&Array.isArray(target)&&target.every(value=>{const valueMinComparison=compareParquetValues(value,minVal,strict,element);const valueMaxComparison=compareParquetValues(value,maxVal,strict,element);return valueMinComparison!==undefined&&valueMinComparison<0||valueMaxComparison!==undefined&&valueMaxComparison>0}))return true;if(operator==="$nin"&&!mayContainNaN&&Array.isArray(target)&&equals(minVal,maxVal,strict)&&target.some(value=>equals(minVal,value,strict)))return true}return false}function compareParquetValues(a,b,strict,element){if(element?.type==="BYTE_ARRAY"){if(typeof a!=="string"||typeof b!=="string")return undefined;return compareBytes(encoder.encode(a),encoder.encode(b))}if(a instanceof Uint8Array||b instanceof Uint8Array){if(!(a instanceof Uint8Array)||!(b instanceof Uint8Array))return undefined;return compareBytes(a,b)}if(a<b)return-1;if(a>b)return 1;if(equals(a,b,strict))return 0;return undefined}function compareBytes(a,b){const length=Math.min(a.length,b.length);for(let i=0;i<length;i++){if(a[i]<b[i])return-1;if(a[i]>b[i])return 1}if(a.length<b.length)return-1;if(a.length>b.length)return 1;return 0}function matchesNull(condition,strict){return matchFilter({value:null},{value:condition},strict)}function filterPageRanges(filter,columnPages,groupRows,strict=true){if(!filter)return undefined;if("$and"in filter&&Array.isArray(filter.$and)){let ranges;for(const subFilter of filter.$and){ranges=intersectRanges(ranges,filterPageRanges(subFilter,columnPages,groupRows,strict))}return ranges}if("$or"in filter&&Array.isArray(filter.$or)){let ranges=[];for(const subFilter of filter.$or){const subRanges=filterPageRanges(subFilter,columnPages,groupRows,strict);if(!subRanges)return undefined;ranges=unionRanges(ranges,subRanges)}return ranges}if("$nor"in filter&&Array.isArray(filter.$nor)){return undefined}let result;for(const[field,condition]of Object.entries(filter)){const pages=columnPages[field];if(!pages)continue;const nullCanMatch=matchesNull(condition,strict);const keep=[];for(let i=0;i<pages.pageStarts.length;i++){const start=pages.pageStarts[i];const end=i+1<pages.pageStarts.length?pages.pageStarts[i+1]:groupRows;const nullCount=pages.nullCounts?.[i];const matchingNulls=nullCanMatch&&(nullCount===undefined||nullCount>0);const skip=!pages.nullPages[i]&&!matchingNulls&&canSkipStats(condition,pages.minValues[i],pages.maxValues[i],strict,pages.element);if(!skip){const last=keep[keep.length-1];if(last&&last[1]===start)last[1]=end;else keep.push([start,end])}}result=intersectRanges(result,keep)}return result}function intersectRanges(a,b){if(!a)return b;if(!b)return a;const out=[];let i=0;let j=0;while(i<a.length&&j<b.length){const start=Math.max(a[i][0],b[j][0]);const end=Math.min(a[i][1],b[j][1]);if(start<end)out.push([start,end]);if(a[i][1]<b[j][1])i++;else j++}return out}function unionRanges(a,b){const out=[];let i=0;let j=0;while(i<a.length||j<b.length){const next=j>=b.length||i<a.length&&a[i][0]<=b[j][0]?a[i++]:b[j++];const last=out[out.length-1];if(last&&next[0]<=last[1])last[1]=Math.max(last[1],next[1]);else out.push([next[0],next[1]])}return out}function resolve(record,path){let value=record;for(const part of path.split(".")){value=value?.[part]}return value}var src_metadata=__webpack_require__(96367);var src_schema=__webpack_require__(28286);var convert=__webpack_require__(69234);const decoder=new TextDecoder;const metadataCache=new WeakMap;function decodeVariantColumn(value,parsers=convert.Rc){if(Array.isArray(value)){return value.map(entry=>decodeVariantColumn(entry,parsers))}if(typeof value!=="object")return value;if("metadata"in value){const metadata=parseVariantMetadata(value.metadata);const shreddedFields=value.typed_value&&decodeTypedValue(value.typed_value,metadata,parsers);const binaryValue=value.value&&readVariant(makeReader(value.value),metadata,parsers);if(shreddedFields&&binaryValue){return{...binaryValue,...shreddedFields}}return shreddedFields??binaryValue}return value}function decodeTypedValue(typedValue,metadata,parsers){if(typedValue instanceof Date)return typedValue;if(typedValue&&typeof typedValue==="object"&&!Array.isArray(typedValue)&&!(typedValue instanceof Uint8Array)){if("typed_value"in typedValue&&typedValue.typed_value!==null&&typedValue.typed_value!==undefined){return decodeTypedValue(typedValue.typed_value,metadata,parsers)}if("value"in typedValue&&typedValue.value instanceof Uint8Array){return readVariant(makeReader(typedValue.value),metadata,parsers)}if("typed_value"in typedValue||"value"in typedValue){return null}const result={};for(const[key,field]of Object.entries(typedValue)){if(!metadata.dictionary.includes(key))continue;result[key]=decodeTypedValue(field,metadata,parsers)}return result}if(typedValue instanceof Uint8Array){return readVariant(makeReader(typedValue),metadata,parsers)}if(Array.isArray(typedValue)){return typedValue.map(element=>decodeTypedValue(element,metadata,parsers))}return typedValue}function makeReader(bytes){return{view:new DataView(bytes.buffer,bytes.byteOffset,bytes.byteLength),offset:0}}function parseVariantMetadata(bytes){let bufferCache=metadataCache.get(bytes.buffer);if(!bufferCache){bufferCache=new Map;metadataCache.set(bytes.buffer,bufferCache)}const key=`${bytes.byteOffset}:${bytes.byteLength}`;const cached=bufferCache.get(key);if(cached)return cached;const reader=makeReader(bytes);const header=reader.view.getUint8(reader.offset++);const version=header&15;if(version!==1)throw new Error(`parquet unsupported variant metadata version: ${version}`);const sorted=(header>>4&1)===1;const offsetSize=(header>>6&3)+1;const dictionarySize=readUnsigned(reader,offsetSize);const offsets=new Array(dictionarySize+1);for(let i=0;i<offsets.length;i++){offsets[i]=readUnsigned(reader,offsetSize)}const base=reader.offset;const dictionary=new Array(dictionarySize);for(let i=0;i<dictionarySize;i++){const start=offsets[i];const end=offsets[i+1];const strBytes=new Uint8Array(bytes.buffer,bytes.byteOffset+base+start,end-start);dictionary[i]=decoder.decode(strBytes)}const metadata={dictionary,sorted};bufferCache.set(key,metadata);return metadata}function readUnsigned(reader,byteWidth){let value=0;for(let i=0;i<byteWidth;i++){value|=reader.view.getUint8(reader.offset+i)<<i*8}reader.offset+=byteWidth;return value}function readVariant(reader,metadata,parsers){const typeByte=reader.view.getUint8(reader.offset++);const basicType=typeByte&3;const header=typeByte>>2;if(basicType===0)return readVariantPrimitive(reader,header,parsers);if(basicType===2)return readVariantObject(reader,header,metadata,parsers);if(basicType===3)return readVariantArray(reader,header,metadata,parsers);const bytes=new Uint8Array(reader.view.buffer,reader.view.byteOffset+reader.offset,header);reader.offset+=header;return decoder.decode(bytes)}function readVariantPrimitive(reader,typeId,parsers){switch(typeId){case 0:return null;case 1:return true;case 2:return false;case 3:{const value=reader.view.getInt8(reader.offset);reader.offset+=1;return value}case 4:{const value=reader.view.getInt16(reader.offset,true);reader.offset+=2;return value}case 5:{const value=reader.view.getInt32(reader.offset,true);reader.offset+=4;return value}case 6:{const value=reader.view.getBigInt64(reader.offset,true);reader.offset+=8;return value}case 7:{const value=reader.view.getFloat64(reader.offset,true);reader.offset+=8;return value}case 8:return readVariantDecimal(reader,4);case 9:return readVariantDecimal(reader,8);case 10:return readVariantDecimal(reader,16);case 11:{const value=reader.view.getInt32(reader.offset,true);reader.offset+=4;return parsers.dateFromDays(value)}case 12:case 13:{const value=reader.view.getBigInt64(reader.offset,true);reader.offset+=8;return parsers.timestampFromMicroseconds(value)}case 14:{const value=reader.view.getFloat32(reader.offset,true);reader.offset+=4;return value}case 15:return readVariantBinary(reader);case 16:{const bytes=readVariantBinary(reader);return decoder.decode(bytes)}case 17:{const value=reader.view.getBigInt64(reader.offset,true);reader.offset+=8;return value}case 18:case 19:{const value=reader.view.getBigInt64(reader.offset,true);reader.offset+=8;return parsers.timestampFromNanoseconds(value)}case 20:{const bytes=new Uint8Array(reader.view.buffer,reader.view.byteOffset+reader.offset,16);reader.offset+=16;const hex=Array.from(bytes,b=>b.toString(16).padStart(2,"0")).join("");return`${hex.slice(0,8)}-${hex.slice(8,12)}-${hex.slice(12,16)}-${hex.slice(16,20)}-${hex.slice(20)}`}default:throw new Error(`parquet unsupported variant primitive type: ${typeId}`)}}function readVariantObject(reader,header,metadata,parsers){const offsetWidth=(header&3)+1;const idWidth=(header>>2&3)+1;const isLarge=header>>4&1;const numElements=isLarge?readUnsigned(reader,4):reader.view.getUint8(reader.offset++);const fieldIds=new Array(numElements);for(let i=0;i<numElements;i++){fieldIds[i]=readUnsigned(reader,idWidth)}const offsets=new Array(numElements+1);for(let i=0;i<offsets.length;i++){offsets[i]=readUnsigned(reader,offsetWidth)}const out={};for(let i=0;i<numElements;i++){const key=metadata.dictionary[fieldIds[i]];const valueReader={view:reader.view,offset:reader.offset+offsets[i]};out[key]=readVariant(valueReader,metadata,parsers)}reader.offset+=offsets[offsets.length-1];return out}function readVariantArray(reader,header,metadata,parsers){const fieldOffsetSize=header&3;const isLarge=header>>2&1;const offsetWidth=fieldOffsetSize+1;const numElements=readUnsigned(reader,isLarge?4:1);const offsets=new Array(numElements+1);for(let i=0;i<offsets.length;i++){offsets[i]=readUnsigned(reader,offsetWidth)}const valuesStart=reader.offset;const result=new Array(numElements);for(let i=0;i<numElements;i++){const valueReader={view:reader.view,offset:valuesStart+offsets[i]};result[i]=readVariant(valueReader,metadata,parsers)}reader.offset=valuesStart+offsets[offsets.length-1];return result}function readVariantDecimal(reader,width){const scale=reader.view.getUint8(reader.offset);reader.offset+=1;let unscaled;if(width===4){unscaled=BigInt(reader.view.getInt32(reader.offset,true));reader.offset+=4}else if(width===8){unscaled=reader.view.getBigInt64(reader.offset,true);reader.offset+=8}else{const low=reader.view.getBigUint64(reader.offset,true);const high=reader.view.getBigInt64(reader.offset+8,true);unscaled=high<<64n|low;reader.offset+=16}return Number(unscaled)*10**-scale}function readVariantBinary(reader){const length=reader.view.getUint32(reader.offset,true);reader.offset+=4;const bytes=new Uint8Array(reader.view.buffer,reader.view.byteOffset+reader.offset,length);reader.offset+=length;return bytes};function assembleLists(output,definitionLevels,repetitionLevels,values,schemaPath){const maxDefinitionLevel=(0,src_schema.mM)(schemaPath);if(!definitionLevels?.length&&!repetitionLevels.length){if(!maxDefinitionLevel||!values.length)return values;definitionLevels=new Array(values.length).fill(maxDefinitionLevel)}const n=definitionLevels?.length||repetitionLevels.length;const repetitionPath=schemaPath.map(({element})=>element.repetition_type);let valueIndex=0;const containerStack=[output];let currentContainer=output;let currentDepth=0;let currentDefLevel=0;let currentRepLevel=0;if(repetitionLevels[0]){while(currentDepth<repetitionPath.length-2&&currentRepLevel<repetitionLevels[0]){currentDepth++;if(repetitionPath[currentDepth]!=="REQUIRED"){currentContainer=currentContainer.at(-1);containerStack.push(currentContainer);currentDefLevel++}if(repetitionPath[currentDepth]==="REPEATED")currentRepLevel++}}for(let i=0;i<n;i++){const def=definitionLevels?.length?definitionLevels[i]:maxDefinitionLevel;const rep=repetitionLevels[i];while(currentDepth&&(rep<currentRepLevel||repetitionPath[currentDepth]!=="REPEATED")){if(repetitionPath[currentDepth]!=="REQUIRED"){containerStack.pop();currentDefLevel--}if(repetitionPath[currentDepth]==="REPEATED")currentRepLevel--;currentDepth--}currentContainer=containerStack.at(-1);while((currentDepth<repetitionPath.length-2||repetitionPath[currentDepth+1]==="REPEATED")&&(currentDefLevel<def||repetitionPath[currentDepth+1]==="REQUIRED")){currentDepth++;if(repetitionPath[currentDepth]!=="REQUIRED"){const newList=[];currentContainer.push(newList);currentContainer=newList;containerStack.push(newList);currentDefLevel++}if(repetitionPath[currentDepth]==="REPEATED")currentRepLevel++}if(def===maxDefinitionLevel){currentContainer.push(values[valueIndex++])}else if(currentDepth===repetitionPath.length-2){currentContainer.push(null)}else{currentContainer.push([])}}if(!output.length){for(let i=0;i<maxDefinitionLevel;i++){const newList=[];currentContainer.push(newList);currentContainer=newList}}return output}function assembleNested(subcolumnData,schema,parsers,depth=0){const path=schema.path.join(".");const optional=schema.element.repetition_type==="OPTIONAL";const nextDepth=optional?depth+1:depth;if((0,src_schema.wq)(schema)){let sublist=schema.children[0];let subDepth=nextDepth;if(sublist.children.length===1){sublist=sublist.children[0];subDepth++}assembleNested(subcolumnData,sublist,parsers,subDepth);const subcolumn=sublist.path.join(".");const values=subcolumnData.get(subcolumn);if(!values)throw new Error("parquet list column missing values");if(optional)flattenAtDepth(values,depth);subcolumnData.set(path,values);subcolumnData.delete(subcolumn);return}if((0,src_schema.ES)(schema)){const mapName=schema.children[0].element.name;assembleNested(subcolumnData,schema.children[0].children[0],parsers,nextDepth+1);assembleNested(subcolumnData,schema.children[0].children[1],parsers,nextDepth+1);const keys=subcolumnData.get(`${path}.${mapName}.key`);const values=subcolumnData.get(`${path}.${mapName}.value`);if(!keys)throw new Error("parquet map column missing keys");if(!values)throw new Error("parquet map column missing values");if(keys.length!==values.length){throw new Error("parquet map column key/value length mismatch")}const out=assembleMaps(keys,values,nextDepth);if(optional)flattenAtDepth(out,depth);subcolumnData.delete(`${path}.${mapName}.key`);subcolumnData.delete(`${path}.${mapName}.value`);subcolumnData.set(path,out);return}if(schema.children.length){const invertDepth=schema.element.repetition_type==="REQUIRED"?depth:depth+1;const struct={};for(const child of schema.children){assembleNested(subcolumnData,child,parsers,invertDepth);const childData=subcolumnData.get(child.path.join("."));if(!childData)throw new Error("parquet struct missing child data");struct[child.element.name]=childData}for(const child of schema.children){subcolumnData.delete(child.path.join("."))}let inverted=invertStruct(struct,invertDepth);if(schema.element.logical_type?.type==="VARIANT"){inverted=decodeVariantColumn(inverted,parsers)}if(optional)flattenAtDepth(inverted,depth);subcolumnData.set(path,inverted)}}function flattenAtDepth(arr,depth){for(let i=0;i<arr.length;i++){if(depth){flattenAtDepth(arr[i],depth-1)}else{arr[i]=arr[i][0]}}}function assembleMaps(keys,values,depth){const out=[];for(let i=0;i<keys.length;i++){if(depth){out.push(assembleMaps(keys[i],values[i],depth-1))}else{if(keys[i]){const obj={};for(let j=0;j<keys[i].length;j++){const value=values[i][j];obj[keys[i][j]]=value===undefined?null:value}out.push(obj)}else{out.push(undefined)}}}return out}function invertStruct(struct,depth){const keys=Object.keys(struct);const length=struct[keys[0]]?.length;const out=[];for(let i=0;i<length;i++){const obj={};for(const key of keys){if(struct[key].length!==length)throw new Error("parquet struct parsing error");obj[key]=struct[key][i]}if(depth){out.push(invertStruct(obj,depth-1))}else{out.push(obj)}}return out}var constants=__webpack_require__(40312);function deltaBinaryUnpack(reader,count,output){if(output instanceof Int32Array){deltaBinaryUnpackInt32(reader,count,output);return}const blockSize=(0,src_thrift.pT)(reader);const miniblockPerBlock=(0,src_thrift.pT)(reader);(0,src_thrift.pT)(reader);let value=(0,src_thrift.GD)(reader);let outputIndex=0;output[outputIndex++]=value;const valuesPerMiniblock=blockSize/miniblockPerBlock;while(outputIndex<count){const minDelta=(0,src_thrift.GD)(reader);const bitWidths=new Uint8Array(miniblockPerBlock);for(let i=0;i<miniblockPerBlock;i++){bitWidths[i]=reader.view.getUint8(reader.offset++)}for(let i=0;i<miniblockPerBlock&&outputIndex<count;i++){const bitWidth=bitWidths[i];if(bitWidth){let bitpackPos=0;let miniblockCount=valuesPerMiniblock;const mask=(1n<<BigInt(bitWidth))-1n;while(miniblockCount&&outputIndex<count){let bits=BigInt(reader.view.getUint32(reader.offset,true)>>>bitpackPos)&mask;bitpackPos+=bitWidth;while(bitpackPos>=32){bitpackPos-=32;reader.offset+=4;if(bitpackPos){bits|=BigInt(reader.view.getUint32(reader.offset,true))<<BigInt(bitWidth-bitpackPos)&mask}}const delta=minDelta+bits;value+=delta;output[outputIndex++]=value;miniblockCount--}if(miniblockCount){reader.offset+=Math.ceil((miniblockCount*bitWidth+bitpackPos)/8)}}else{for(let j=0;j<valuesPerMiniblock&&outputIndex<count;j++){value+=minDelta;output[outputIndex++]=value}}}}}function deltaBinaryUnpackInt32(reader,count,output){const blockSize=(0,src_thrift.pT)(reader);const miniblockPerBlock=(0,src_thrift.pT)(reader);(0,src_thrift.pT)(reader);let value=(0,src_thrift.fN)(reader);let outputIndex=0;output[outputIndex++]=value;const valuesPerMiniblock=blockSize/miniblockPerBlock;const{view}=reader;while(outputIndex<count){const minDelta=readZigZagInt33(reader);const bitWidthsOffset=reader.offset;let offset=bitWidthsOffset+miniblockPerBlock;for(let i=0;i<miniblockPerBlock&&outputIndex<count;i++){const bitWidth=view.getUint8(bitWidthsOffset+i);const end=offset+valuesPerMiniblock*bitWidth/8;let bitOffset=0;for(let j=0;j<valuesPerMiniblock&&outputIndex<count;j++){let residual=0;let bitsRead=0;while(bitsRead<bitWidth){const bitsToRead=Math.min(8-bitOffset,bitWidth-bitsRead);if(bitsRead<32){residual|=(view.getUint8(offset)>>>bitOffset&(1<<bitsToRead)-1)<<bitsRead}bitsRead+=bitsToRead;bitOffset+=bitsToRead;if(bitOffset===8){bitOffset=0;offset++}}value=value+minDelta+residual|0;output[outputIndex++]=value}offset=end}reader.offset=offset}}function readZigZagInt33(reader){const start=reader.offset;const low=(0,src_thrift.pT)(reader);const high=reader.offset-start===5?reader.view.getUint8(start+4)>>>4&1:0;return(low>>>1|high<<31)^-(low&1)}function deltaLengthByteArray(reader,count,output){const lengths=new Int32Array(count);deltaBinaryUnpack(reader,count,lengths);for(let i=0;i<count;i++){output[i]=new Uint8Array(reader.view.buffer,reader.view.byteOffset+reader.offset,lengths[i]);reader.offset+=lengths[i]}}function deltaByteArray(reader,count,output){const prefixData=new Int32Array(count);deltaBinaryUnpack(reader,count,prefixData);const suffixData=new Int32Array(count);deltaBinaryUnpack(reader,count,suffixData);for(let i=0;i<count;i++){const suffix=new Uint8Array(reader.view.buffer,reader.view.byteOffset+reader.offset,suffixData[i]);if(prefixData[i]){output[i]=new Uint8Array(prefixData[i]+suffixData[i]);output[i].set(output[i-1].subarray(0,prefixData[i]));output[i].set(suffix,prefixData[i])}else{output[i]=suffix}reader.offset+=suffixData[i]}};function readRleBitPackedHybrid(reader,width,output,length){if(length===undefined){length=reader.view.getUint32(reader.offset,true);reader.offset+=4}const startOffset=reader.offset;let seen=0;while(seen<output.length){const header=(0,src_thrift.pT)(reader);if(header&1){seen=readBitPacked(reader,header,width,output,seen)}else{const count=header>>>1;readRle(reader,count,width,output,seen);seen+=count}}reader.offset=startOffset+length}function readRle(reader,count,bitWidth,output,seen){const width=bitWidth+7>>3;let value=0;for(let i=0;i<width;i++){value|=reader.view.getUint8(reader.offset++)<<(i<<3)}for(let i=0;i<count;i++){output[seen+i]=value}}function readBitPacked(reader,header,bitWidth,output,seen){let count=header>>1<<3;const mask=(1<<bitWidth)-1;let data=0;if(reader.offset<reader.view.byteLength){data=reader.view.getUint8(reader.offset++)}else if(mask){throw new Error(`parquet bitpack offset ${reader.offset} out of range`)}let left=8;let right=0;while(count){if(right>8){right-=8;left-=8;data>>>=8}else if(left-right<bitWidth){data|=reader.view.getUint8(reader.offset)<<left;reader.offset++;left+=8}else{if(seen<output.length){output[seen++]=data>>right&mask}count--;right+=bitWidth}}return seen}function byteStreamSplit(reader,count,type,typeLength){const width=byteWidth(type,typeLength);const bytes=new Uint8Array(count*width);for(let b=0;b<width;b++){for(let i=0;i<count;i++){bytes[i*width+b]=reader.view.getUint8(reader.offset++)}}if(type==="FLOAT")return new Float32Array(bytes.buffer);else if(type==="DOUBLE")return new Float64Array(bytes.buffer);else if(type==="INT32")return new Int32Array(bytes.buffer);else if(type==="INT64")return new BigInt64Array(bytes.buffer);else if(type==="FIXED_LEN_BYTE_ARRAY"){const split=new Array(count);for(let i=0;i<count;i++){split[i]=bytes.subarray(i*width,(i+1)*width)}return split}throw new Error(`parquet byte_stream_split unsupported type: ${type}`)}function byteWidth(type,typeLength){switch(type){case"INT32":case"FLOAT":return 4;case"INT64":case"DOUBLE":return 8;case"FIXED_LEN_BYTE_ARRAY":if(!typeLength)throw new Error("parquet byteWidth missing type_length");return typeLength;default:throw new Error(`parquet unsupported type: ${type}`)}};function readPlain(reader,type,count,fixedLength){if(count===0)return[];if(type==="BOOLEAN"){return readPlainBoolean(reader,count)}else if(type==="INT32"){return readPlainInt32(reader,count)}else if(type==="INT64"){return readPlainInt64(reader,count)}else if(type==="INT96"){return readPlainInt96(reader,count)}else if(type==="FLOAT"){return readPlainFloat(reader,count)}else if(type==="DOUBLE"){return readPlainDouble(reader,count)}else if(type==="BYTE_ARRAY"){return readPlainByteArray(reader,count)}else if(type==="FIXED_LEN_BYTE_ARRAY"){if(!fixedLength)throw new Error("parquet missing fixed length");return readPlainByteArrayFixed(reader,count,fixedLength)}else{throw new Error(`parquet unhandled type: ${type}`)}}function readPlainBoolean(reader,count){const values=new Array(count);for(let i=0;i<count;i++){const byteOffset=reader.offset+(i/8|0);const bitOffset=i%8;const byte=reader.view.getUint8(byteOffset);values[i]=(byte&1<<bitOffset)!==0}reader.offset+=Math.ceil(count/8);return values}function readPlainInt32(reader,count){const values=(reader.view.byteOffset+reader.offset)%4?new Int32Array(align(reader.view.buffer,reader.view.byteOffset+reader.offset,count*4)):new Int32Array(reader.view.buffer,reader.view.byteOffset+reader.offset,count);reader.offset+=count*4;return values}function readPlainInt64(reader,count){const values=(reader.view.byteOffset+reader.offset)%8?new BigInt64Array(align(reader.view.buffer,reader.view.byteOffset+reader.offset,count*8)):new BigInt64Array(reader.view.buffer,reader.view.byteOffset+reader.offset,count);reader.offset+=count*8;return values}function readPlainInt96(reader,count){const values=new Array(count);for(let i=0;i<count;i++){const low=reader.view.getBigInt64(reader.offset+i*12,true);const high=reader.view.getInt32(reader.offset+i*12+8,true);values[i]=BigInt(high)<<64n|low}reader.offset+=count*12;return values}function readPlainFloat(reader,count){const values=(reader.view.byteOffset+reader.offset)%4?new Float32Array(align(reader.view.buffer,reader.view.byteOffset+reader.offset,count*4)):new Float32Array(reader.view.buffer,reader.view.byteOffset+reader.offset,count);reader.offset+=count*4;return values}function readPlainDouble(reader,count){const values=(reader.view.byteOffset+reader.offset)%8?new Float64Array(align(reader.view.buffer,reader.view.byteOffset+reader.offset,count*8)):new Float64Array(reader.view.buffer,reader.view.byteOffset+reader.offset,count);reader.offset+=count*8;return values}function readPlainByteArray(reader,count){const values=new Array(count);for(let i=0;i<count;i++){const length=reader.view.getUint32(reader.offset,true);reader.offset+=4;values[i]=new Uint8Array(reader.view.buffer,reader.view.byteOffset+reader.offset,length);reader.offset+=length}return values}function readPlainByteArrayFixed(reader,count,fixedLength){const values=new Array(count);for(let i=0;i<count;i++){values[i]=new Uint8Array(reader.view.buffer,reader.view.byteOffset+reader.offset,fixedLength);reader.offset+=fixedLength}return values}function align(buffer,offset,size){const aligned=new ArrayBuffer(size);new Uint8Array(aligned).set(new Uint8Array(buffer,offset,size));return aligned};const WORD_MASK=[0,255,65535,0xffffff,0xffffffff];function copyBytes(fromArray,fromPos,toArray,toPos,length){for(let i=0;i<length;i++){toArray[toPos+i]=fromArray[fromPos+i]}}function snappyUncompress(input,output){const inputLength=input.byteLength;const outputLength=output.byteLength;let pos=0;let outPos=0;while(pos<inputLength){const c=input[pos];pos++;if(c<128){break}}if(outputLength&&pos>=inputLength){throw new Error("invalid snappy length header")}while(pos<inputLength){const c=input[pos];let len=0;pos++;if(pos>=inputLength){throw new Error("missing eof marker")}if((c&3)===0){let len=(c>>>2)+1;if(len>60){if(pos+3>=inputLength){throw new Error("snappy error literal pos + 3 >= inputLength")}const lengthSize=len-60;len=input[pos]+(input[pos+1]<<8)+(input[pos+2]<<16)+(input[pos+3]<<24);len=(len&WORD_MASK[lengthSize])+1;pos+=lengthSize}if(pos+len>inputLength){throw new Error("snappy error literal exceeds input length")}copyBytes(input,pos,output,outPos,len);pos+=len;outPos+=len}else{let offset=0;switch(c&3){case 1:len=(c>>>2&7)+4;offset=input[pos]+(c>>>5<<8);pos++;break;case 2:if(inputLength<=pos+1){throw new Error("snappy error end of input")}len=(c>>>2)+1;offset=input[pos]+(input[pos+1]<<8);pos+=2;break;case 3:if(inputLength<=pos+3){throw new Error("snappy error end of input")}len=(c>>>2)+1;offset=input[pos]+(input[pos+1]<<8)+(input[pos+2]<<16)+(input[pos+3]<<24);pos+=4;break;default:break}if(offset===0||isNaN(offset)){throw new Error(`invalid offset ${offset} pos ${pos} inputLength ${inputLength}`)}if(offset>outPos){throw new Error("cannot copy from before start of buffer")}copyBytes(output,outPos-offset,output,outPos,len);outPos+=len}}if(outPos!==outputLength)throw new Error("premature end of input")};function readDataPage(bytes,daph,{type,element,schemaPath}){const view=new DataView(bytes.buffer,bytes.byteOffset,bytes.byteLength);const reader={view,offset:0};let dataPage;const repetitionLevels=readRepetitionLevels(reader,daph,schemaPath);const{definitionLevels,numNulls}=readDefinitionLevels(reader,daph,schemaPath);const nValues=daph.num_values-numNulls;if(daph.encoding==="PLAIN"){dataPage=readPlain(reader,type,nValues,element.type_length)}else if(daph.encoding==="PLAIN_DICTIONARY"||daph.encoding==="RLE_DICTIONARY"||daph.encoding==="RLE"){const bitWidth=type==="BOOLEAN"?1:view.getUint8(reader.offset++);if(bitWidth){dataPage=new Array(nValues);if(type==="BOOLEAN"){readRleBitPackedHybrid(reader,bitWidth,dataPage);dataPage=dataPage.map(x=>!!x)}else{readRleBitPackedHybrid(reader,bitWidth,dataPage,view.byteLength-reader.offset)}}else{dataPage=new Uint8Array(nValues)}}else if(daph.encoding==="BYTE_STREAM_SPLIT"){dataPage=byteStreamSplit(reader,nValues,type,element.type_length)}else if(daph.encoding==="DELTA_BINARY_PACKED"){const int32=type==="INT32";dataPage=int32?new Int32Array(nValues):new BigInt64Array(nValues);deltaBinaryUnpack(reader,nValues,dataPage)}else if(daph.encoding==="DELTA_LENGTH_BYTE_ARRAY"){dataPage=new Array(nValues);deltaLengthByteArray(reader,nValues,dataPage)}else if(daph.encoding==="DELTA_BYTE_ARRAY"){dataPage=new Array(nValues);deltaByteArray(reader,nValues,dataPage)}else{throw new Error(`parquet unsupported encoding: ${daph.encoding}`)}return{definitionLevels,repetitionLevels,dataPage}}function readRepetitionLevels(reader,daph,schemaPath){if(schemaPath.length>1){const maxRepetitionLevel=(0,src_schema.qt)(schemaPath);if(maxRepetitionLevel){const values=new Array(daph.num_values);readRleBitPackedHybrid(reader,bitWidth(maxRepetitionLevel),values);return values}}return[]}function readDefinitionLevels(reader,daph,schemaPath){const maxDefinitionLevel=(0,src_schema.mM)(schemaPath);if(!maxDefinitionLevel)return{definitionLevels:[],numNulls:0};const definitionLevels=new Array(daph.num_values);readRleBitPackedHybrid(reader,bitWidth(maxDefinitionLevel),definitionLevels);let numNulls=daph.num_values;for(const def of definitionLevels){if(def===maxDefinitionLevel)numNulls--}if(numNulls===0)definitionLevels.length=0;return{definitionLevels,numNulls}}function decompressPage(compressedBytes,uncompressed_page_size,codec,compressors){let page;const customDecompressor=compressors?.[codec];if(codec==="UNCOMPRESSED"){page=compressedBytes}else if(customDecompressor){page=customDecompressor(compressedBytes,uncompressed_page_size)}else if(codec==="SNAPPY"){page=new Uint8Array(uncompressed_page_size);snappyUncompress(compressedBytes,page)}else{throw new Error(`parquet unsupported compression codec: ${codec}`)}if(page?.length!==uncompressed_page_size){throw new Error(`parquet decompressed page length ${page?.length} does not match header ${uncompressed_page_size}`)}return page}function readDataPageV2(compressedBytes,ph,columnDecoder){const view=new DataView(compressedBytes.buffer,compressedBytes.byteOffset,compressedBytes.byteLength);const reader={view,offset:0};const{type,element,schemaPath,codec,compressors}=columnDecoder;const daph2=ph.data_page_header_v2;if(!daph2)throw new Error("parquet data page header v2 is undefined");const repetitionLevels=readRepetitionLevelsV2(reader,daph2,schemaPath);reader.offset=daph2.repetition_levels_byte_length;const definitionLevels=readDefinitionLevelsV2(reader,daph2,schemaPath);const uncompressedPageSize=ph.uncompressed_page_size-daph2.definition_levels_byte_length-daph2.repetition_levels_byte_length;let page=compressedBytes.subarray(reader.offset);if(daph2.is_compressed!==false){page=decompressPage(page,uncompressedPageSize,codec,compressors)}const pageView=new DataView(page.buffer,page.byteOffset,page.byteLength);const pageReader={view:pageView,offset:0};let dataPage;const nValues=daph2.num_values-daph2.num_nulls;if(daph2.encoding==="PLAIN"){dataPage=readPlain(pageReader,type,nValues,element.type_length)}else if(daph2.encoding==="RLE"){dataPage=new Array(nValues);readRleBitPackedHybrid(pageReader,1,dataPage);dataPage=dataPage.map(x=>!!x)}else if(daph2.encoding==="PLAIN_DICTIONARY"||daph2.encoding==="RLE_DICTIONARY"){const bitWidth=pageView.getUint8(pageReader.offset++);dataPage=new Array(nValues);readRleBitPackedHybrid(pageReader,bitWidth,dataPage,uncompressedPageSize-1)}else if(daph2.encoding==="DELTA_BINARY_PACKED"){const int32=type==="INT32";dataPage=int32?new Int32Array(nValues):new BigInt64Array(nValues);deltaBinaryUnpack(pageReader,nValues,dataPage)}else if(daph2.encoding==="DELTA_LENGTH_BYTE_ARRAY"){dataPage=new Array(nValues);deltaLengthByteArray(pageReader,nValues,dataPage)}else if(daph2.encoding==="DELTA_BYTE_ARRAY"){dataPage=new Array(nValues);deltaByteArray(pageReader,nValues,dataPage)}else if(daph2.encoding==="BYTE_STREAM_SPLIT"){dataPage=byteStreamSplit(pageReader,nValues,type,element.type_length)}else{throw new Error(`parquet unsupported encoding: ${daph2.encoding}`)}return{definitionLevels,repetitionLevels,dataPage}}function readRepetitionLevelsV2(reader,daph2,schemaPath){const maxRepetitionLevel=(0,src_schema.qt)(schemaPath);if(!maxRepetitionLevel)return[];const values=new Array(daph2.num_values);readRleBitPackedHybrid(reader,bitWidth(maxRepetitionLevel),values,daph2.repetition_levels_byte_length);return values}function readDefinitionLevelsV2(reader,daph2,schemaPath){const maxDefinitionLevel=(0,src_schema.mM)(schemaPath);if(maxDefinitionLevel){const values=new Array(daph2.num_values);readRleBitPackedHybrid(reader,bitWidth(maxDefinitionLevel),values,daph2.definition_levels_byte_length);return values}}function bitWidth(value){return 32-Math.clz32(value)};function readColumn(reader,{groupStart,selectStart,selectEnd},columnDecoder,onPage){const{pathInSchema,schemaPath}=columnDecoder;const isFlat=(0,src_schema.g7)(schemaPath);const chunks=[];let dictionary=undefined;let lastChunk=undefined;let rowCount=0;let skipped=0;const emitLastChunk=onPage&&(()=>{lastChunk&&onPage({pathInSchema,columnData:lastChunk,rowStart:groupStart+rowCount-lastChunk.length,rowEnd:groupStart+rowCount})});while(isFlat?rowCount<selectEnd:reader.offset<reader.view.byteLength-1){if(reader.offset>=reader.view.byteLength-1)break;const header=parquetHeader(reader);if(header.type==="DICTIONARY_PAGE"){const{data}=readPage(reader,header,columnDecoder,dictionary,undefined,0);if(data)dictionary=(0,convert.C6)(data,columnDecoder)}else{const lastChunkLength=lastChunk?.length||0;const result=readPage(reader,header,columnDecoder,dictionary,lastChunk,selectStart-rowCount);if(result.skipped){if(!chunks.length){skipped+=result.skipped}rowCount+=result.skipped}else if(result.data&&lastChunk===result.data){rowCount+=result.data.length-lastChunkLength}else if(result.data&&result.data.length){emitLastChunk?.();chunks.push(result.data);rowCount+=result.data.length;lastChunk=result.data}}}emitLastChunk?.();return{data:chunks,skipped}}function readPage(reader,header,columnDecoder,dictionary,previousChunk,pageStart){const{type,element,schemaPath,codec,compressors}=columnDecoder;const compressedBytes=new Uint8Array(reader.view.buffer,reader.view.byteOffset+reader.offset,header.compressed_page_size);reader.offset+=header.compressed_page_size;if(header.type==="DATA_PAGE"){const daph=header.data_page_header;if(!daph)throw new Error("parquet data page header is undefined");if(pageStart>daph.num_values&&(0,src_schema.g7)(schemaPath)){return{skipped:daph.num_values}}const page=decompressPage(compressedBytes,Number(header.uncompressed_page_size),codec,compressors);const{definitionLevels,repetitionLevels,dataPage}=readDataPage(page,daph,columnDecoder);const values=(0,convert.Km)(dataPage,dictionary,daph.encoding,columnDecoder);const output=Array.isArray(previousChunk)?previousChunk:[];const assembled=assembleLists(output,definitionLevels,repetitionLevels,values,schemaPath);return{skipped:0,data:assembled}}else if(header.type==="DATA_PAGE_V2"){const daph2=header.data_page_header_v2;if(!daph2)throw new Error("parquet data page header v2 is undefined");if(pageStart>daph2.num_rows){return{skipped:daph2.num_rows}}const{definitionLevels,repetitionLevels,dataPage}=readDataPageV2(compressedBytes,header,columnDecoder);const values=(0,convert.Km)(dataPage,dictionary,daph2.encoding,columnDecoder);const output=Array.isArray(previousChunk)?previousChunk:[];const assembled=assembleLists(output,definitionLevels,repetitionLevels,values,schemaPath);return{skipped:0,data:assembled}}else if(header.type==="DICTIONARY_PAGE"){const diph=header.dictionary_page_header;if(!diph)throw new Error("parquet dictionary page header is undefined");const page=decompressPage(compressedBytes,Number(header.uncompressed_page_size),codec,compressors);const reader={view:new DataView(page.buffer,page.byteOffset,page.byteLength),offset:0};const dictArray=readPlain(reader,type,diph.num_values,element.type_length);return{skipped:0,data:dictArray}}else{throw new Error(`parquet unsupported page type: ${header.type}`)}}function parquetHeader(reader){const header=(0,src_thrift.Tn)(reader);const type=constants.P2[header.field_1];const uncompressed_page_size=header.field_2;const compressed_page_size=header.field_3;const crc=header.field_4;const data_page_header=header.field_5&&{num_values:header.field_5.field_1,encoding:constants.p6[header.field_5.field_2],definition_level_encoding:constants.p6[header.field_5.field_3],repetition_level_encoding:constants.p6[header.field_5.field_4],statistics:pageStatistics(header.field_5.field_5)};const index_page_header=header.field_6;const dictionary_page_header=header.field_7&&{num_values:header.field_7.field_1,encoding:constants.p6[header.field_7.field_2],is_sorted:header.field_7.field_3};const data_page_header_v2=header.field_8&&{num_values:header.field_8.field_1,num_nulls:header.field_8.field_2,num_rows:header.field_8.field_3,encoding:constants.p6[header.field_8.field_4],definition_levels_byte_length:header.field_8.field_5,repetition_levels_byte_length:header.field_8.field_6,is_compressed:header.field_8.field_7===undefined?true:header.field_8.field_7,statistics:pageStatistics(header.field_8.field_8)};return{type,uncompressed_page_size,compressed_page_size,crc,data_page_header,index_page_header,dictionary_page_header,data_page_header_v2}}function pageStatistics(stats){return stats&&{max:stats.field_1,min:stats.field_2,null_count:stats.field_3,distinct_count:stats.field_4,max_value:stats.field_5,min_value:stats.field_6,is_max_value_exact:stats.field_7,is_min_value_exact:stats.field_8}};function readColumnIndex(reader,schema,parsers=undefined){const allParsers={...convert.Rc,...parsers};const thrift=(0,src_thrift.Tn)(reader);return{null_pages:thrift.field_1,min_values:thrift.field_2.map(m=>(0,src_metadata.FS)(m,schema,allParsers)),max_values:thrift.field_3.map(m=>(0,src_metadata.FS)(m,schema,allParsers)),boundary_order:constants.UQ[thrift.field_4],null_counts:thrift.field_5,repetition_level_histograms:thrift.field_6,definition_level_histograms:thrift.field_7}}function readOffsetIndex(reader){const thrift=(0,src_thrift.Tn)(reader);return{page_locations:thrift.field_1.map(loc=>({offset:loc.field_1,compressed_page_size:loc.field_2,first_row_index:loc.field_3})),unencoded_byte_array_data_bytes:thrift.field_2}};function readRowGroup(options,{metadata},groupPlan){const asyncColumns=[];const schemaTree=(0,src_metadata.YR)(metadata);for(const chunk of groupPlan.chunks){const{path_in_schema:pathInSchema}=chunk.columnMetadata;const schemaPath=(0,src_schema.st)(schemaTree,pathInSchema);const columnDecoder={pathInSchema,element:schemaPath[schemaPath.length-1].element,schemaPath,...options,...chunk.columnMetadata,parsers:{...convert.Rc,...options.parsers}};const{startByte,endByte}=chunk.range;if("pageLocations"in chunk){asyncColumns.push({pathInSchema,data:readSelectedPages(options,groupPlan,chunk,chunk.pageLocations,columnDecoder)})}else if("offsetIndex"in chunk){asyncColumns.push({pathInSchema,data:Promise.resolve(options.file.slice(chunk.offsetIndex.startByte,chunk.offsetIndex.endByte)).then(arrayBuffer=>{const pages=readOffsetIndex({view:new DataView(arrayBuffer),offset:0}).page_locations;return readSelectedPages(options,groupPlan,chunk,pages,columnDecoder)})})}else{asyncColumns.push({pathInSchema,data:Promise.resolve(options.file.slice(startByte,endByte)).then(buffer=>{const reader={view:new DataView(buffer),offset:0};return readColumn(reader,groupPlan,columnDecoder,options.onPage)})})}}return{groupStart:groupPlan.groupStart,groupRows:groupPlan.groupRows,selectStart:groupPlan.selectStart,selectEnd:groupPlan.selectEnd,asyncColumns}}async function readSelectedPages(options,groupPlan,chunk,pages,columnDecoder){const{data_page_offset,dictionary_page_offset}=chunk.columnMetadata;const{selectStart,selectEnd}=groupPlan;let{startByte,endByte}=chunk.range;let skipped=-1;const hasDict=dictionary_page_offset||data_page_offset<pages[0].offset;for(let i=0;i<pages.length;i++){const page=pages[i];const pageStart=Number(page.first_row_index);const pageEnd=i+1<pages.length?Number(pages[i+1].first_row_index):groupPlan.groupRows;if(skipped<0&&pageEnd>selectStart){startByte=Number(page.offset);skipped=pageStart}if(pageStart<selectEnd){endByte=Number(page.offset)+page.compressed_page_size}}if(skipped<0)skipped=0;let view;if(hasDict&&skipped){const dictLength=Number(pages[0].offset)-chunk.range.startByte;const[dictBuffer,dataBuffer]=await Promise.all([options.file.slice(chunk.range.startByte,Number(pages[0].offset)),options.file.slice(startByte,endByte)]);const combined=new Uint8Array(dictLength+dataBuffer.byteLength);combined.set(new Uint8Array(dictBuffer,0,dictLength));combined.set(new Uint8Array(dataBuffer),dictLength);view=new DataView(combined.buffer)}else if(hasDict){view=new DataView(await options.file.slice(chunk.range.startByte,endByte))}else{view=new DataView(await options.file.slice(startByte,endByte))}const reader={view,offset:0};const adjustedGroupPlan=skipped?{...groupPlan,groupStart:groupPlan.groupStart+skipped,selectStart:groupPlan.selectStart-skipped,selectEnd:groupPlan.selectEnd-skipped}:groupPlan;const{data,skipped:columnSkipped}=readColumn(reader,adjustedGroupPlan,columnDecoder,options.onPage);return{data,skipped:skipped+columnSkipped}}async function asyncGroupToRows({asyncColumns},selectStart,selectEnd,columns,rowFormat){const asyncPages=await Promise.all(asyncColumns.map(column=>column.data.then(({skipped,data})=>({skipped,data:utils_flatten(data)}))));const selectCount=selectEnd-selectStart;if(rowFormat==="object"){const groupData=Array(selectCount);for(let selectRow=0;selectRow<selectCount;selectRow++){const rowData={};for(let i=0;i<asyncColumns.length;i++){const{data,skipped}=asyncPages[i];rowData[asyncColumns[i].pathInSchema[0]]=data[selectStart+selectRow-skipped]}groupData[selectRow]=rowData}return groupData}const includedColumnNames=asyncColumns.map(child=>child.pathInSchema[0]).filter(name=>!columns||columns.includes(name));const columnOrder=columns??includedColumnNames;const columnIndexes=columnOrder.map(name=>asyncColumns.findIndex(column=>column.pathInSchema[0]===name));const groupData=Array(selectCount);for(let selectRow=0;selectRow<selectCount;selectRow++){const rowData=Array(asyncColumns.length);for(let i=0;i<columnOrder.length;i++){const colIdx=columnIndexes[i];if(colIdx<0)throw new Error(`parquet column not found: ${columnOrder[i]}`);const{data,skipped}=asyncPages[colIdx];rowData[i]=data[selectStart+selectRow-skipped]}groupData[selectRow]=rowData}return groupData}function rowgroup_assembleAsync(asyncRowGroup,schemaTree,parsers){const{asyncColumns}=asyncRowGroup;const allParsers={...convert.Rc,...parsers};const assembled=[];for(const child of schemaTree.children){if(child.children.length){const childColumns=asyncColumns.filter(column=>column.pathInSchema[0]===child.element.name);if(!childColumns.length)continue;assembled.push({pathInSchema:child.path,data:(async()=>{const resolved=await Promise.all(childColumns.map(c=>c.data));const subcolumnData=new Map;const flattened=resolved.map(({data})=>utils_flatten(data));const skipped=Math.max(asyncRowGroup.selectStart??0,...resolved.map(result=>result.skipped));const end=Math.min(asyncRowGroup.selectEnd??Infinity,...resolved.map((result,i)=>result.skipped+flattened[i].length));for(let i=0;i<childColumns.length;i++){const start=skipped-resolved[i].skipped;const length=Math.max(0,end-skipped);subcolumnData.set(childColumns[i].pathInSchema.join("."),flattened[i].slice(start,start+length))}assembleNested(subcolumnData,child,allParsers);const assembled=subcolumnData.get(child.element.name);if(!assembled)throw new Error("parquet column data not assembled");return{data:[assembled],skipped}})()})}else{const asyncColumn=asyncColumns.find(column=>column.pathInSchema[0]===child.element.name);if(asyncColumn)assembled.push(asyncColumn)}}return{...asyncRowGroup,asyncColumns:assembled}};const runLimit=1<<21;const columnGapLimit=1<<13;function plan_parquetPlan(options){const{metadata,rowStart=0,columns,useOffsetIndex=false}=options;if(!metadata)throw new Error("parquetPlan requires metadata");const groups=[];const fetches=[];const indexes=[];const scanPlan=plan_parquetPlanGroups(options);for(const group of scanPlan.groups){const groupPlan=plan_parquetPlanGroup({...group,columns,useOffsetIndex});groups.push(...groupPlan.groups);fetches.push(...groupPlan.fetches);indexes.push(...groupPlan.indexes)}fetches.push(...indexes);return{metadata,rowStart,rowEnd:scanPlan.rowEnd,columns,fetches,groups}}function plan_parquetPlanGroups({metadata,rowStart=0,rowEnd=Infinity,columns,filter,filterStrict=true,bloomFiltersByGroup,schemaElements,pageRangesByGroup,pageLocationsByGroup}){if(!metadata)throw new Error("parquetPlan requires metadata");const schemaTree=(0,src_metadata.YR)(metadata);const physicalColumns=(0,src_schema.fX)(schemaTree);const elementsByPath=filter?{...physicalSchemaElements(schemaTree),...schemaElements}:schemaElements;const groups=[];let groupStart=0;for(let groupIndex=0;groupIndex<metadata.row_groups.length;groupIndex++){const rowGroup=metadata.row_groups[groupIndex];const groupRows=Number(rowGroup.num_rows);const groupEnd=groupStart+groupRows;if(groupRows>0&&groupEnd>rowStart&&groupStart<rowEnd&&!canSkipRowGroup({rowGroup,physicalColumns,filter,strict:filterStrict,bloomFilters:bloomFiltersByGroup?.[groupIndex],schemaElements:elementsByPath})){const selectStart=Math.max(rowStart-groupStart,0);const selectEnd=Math.min(rowEnd-groupStart,groupRows);const pageRanges=pageRangesByGroup?.[groupIndex];const pageLocations=pageLocationsByGroup?.[groupIndex];let ranges=pageRanges?pageRanges.map(([start,end])=>{const range=[Math.max(start,selectStart),Math.min(end,selectEnd)];return range}).filter(([start,end])=>start<end):[[selectStart,selectEnd]];if(ranges.length>1){const canSplit=rowGroup.columns.every(chunk=>{const columnName=chunk.meta_data?.path_in_schema[0];const columnPath=chunk.meta_data?.path_in_schema.join(".");if(columns&&columnName&&!columns.includes(columnName))return true;return!!(chunk.offset_index_offset&&chunk.offset_index_length)||!!(columnPath&&pageLocations?.[columnPath])});ranges=canSplit?coalesceOverlappingPageRanges(ranges,rowGroup,columns,pageLocations):[[ranges[0][0],ranges[ranges.length-1][1]]]}if(ranges.length){groups.push({rowGroup,groupIndex,groupStart,groupRows,ranges,pageRanges,pageLocations})}}groupStart=groupEnd}return{groups,rowEnd:isFinite(rowEnd)?rowEnd:groupStart}}function plan_parquetPlanGroup({rowGroup,groupStart,groupRows,ranges,columns,useOffsetIndex=false,pageRanges,pageLocations}){const chunks=[];const fetches=[];const indexes=[];const narrowed=ranges.length>1||ranges[0][0]>0||ranges[0][1]<groupRows;for(const chunk of rowGroup.columns){const meta=chunk.meta_data;if(chunk.file_path)throw new Error("parquet file_path not supported");if(!meta)throw new Error("parquet column metadata is undefined");if(columns&&!columns.includes(meta.path_in_schema[0]))continue;const columnOffset=meta.dictionary_page_offset||meta.data_page_offset;const startByte=Number(columnOffset);const endByte=Number(columnOffset+meta.total_compressed_size);const chunkPageLocations=pageLocations?.[meta.path_in_schema.join(".")];if(chunkPageLocations&&narrowed){chunks.push({columnMetadata:meta,pageLocations:chunkPageLocations,range:{startByte,endByte}})}else if((useOffsetIndex||pageRanges)&&chunk.offset_index_offset&&chunk.offset_index_length&&narrowed){const startByte=Number(chunk.offset_index_offset);chunks.push({columnMetadata:meta,offsetIndex:{startByte,endByte:startByte+chunk.offset_index_length},range:{startByte:Number(columnOffset),endByte}})}else{chunks.push({columnMetadata:meta,range:{startByte,endByte}})}}const columnRanges=[];let run;for(const chunk of chunks){if("pageLocations"in chunk)continue;if("offsetIndex"in chunk){indexes.push(chunk.offsetIndex)}else if(columns){columnRanges.push(chunk.range)}else if(run&&chunk.range.endByte-run.startByte<=runLimit){run.endByte=chunk.range.endByte}else{if(run)fetches.push(run);run={...chunk.range}}}if(run)fetches.push(run);fetches.push(...coalesceByteRanges(columnRanges,columnGapLimit,runLimit));const groups=ranges.map(([selectStart,selectEnd])=>({chunks,rowGroup,groupStart,groupRows,selectStart,selectEnd}));return{groups,fetches,indexes}}function coalesceOverlappingPageRanges(ranges,rowGroup,columns,pageLocations){const selectedPageLayouts=rowGroup.columns.filter(chunk=>!columns||columns.includes(chunk.meta_data?.path_in_schema[0]||"")).map(chunk=>pageLocations?.[chunk.meta_data?.path_in_schema.join(".")||""]);const merged=[];for(const range of ranges){const last=merged[merged.length-1];const overlapsPage=last&&selectedPageLayouts.some(pages=>{if(!pages)return true;const lastPages=pagesForRange(last,pages,Number(rowGroup.num_rows));const rangePages=pagesForRange(range,pages,Number(rowGroup.num_rows));return lastPages[0]<=rangePages[1]&&rangePages[0]<=lastPages[1]});if(last&&overlapsPage)last[1]=range[1];else merged.push([...range])}return merged}function pagesForRange([rangeStart,rangeEnd],pages,groupRows){let first=Infinity;let last=-Infinity;for(let i=0;i<pages.length;i++){const pageStart=Number(pages[i].first_row_index);const pageEnd=i+1<pages.length?Number(pages[i+1].first_row_index):groupRows;if(pageEnd>rangeStart&&pageStart<rangeEnd){first=Math.min(first,i);last=i}}return[first,last]}async function prefetchBloomFilters({file,metadata,filter,filterStrict=true}){const result=metadata.row_groups.map(()=>({}));const eligibleCols=bloomEligibleColumns(filter);if(eligibleCols.size===0)return result;const physicalColumns=(0,src_schema.fX)((0,src_metadata.YR)(metadata));const tasks=[];metadata.row_groups.forEach((rowGroup,rgIdx)=>{if(canSkipRowGroup({rowGroup,physicalColumns,filter,strict:filterStrict}))return;for(const colName of eligibleCols){const columnIdx=physicalColumns.indexOf(colName);if(columnIdx===-1)continue;const meta=rowGroup.columns[columnIdx]?.meta_data;if(!meta?.bloom_filter_offset||!meta.bloom_filter_length)continue;const start=Number(meta.bloom_filter_offset);const end=start+meta.bloom_filter_length;tasks.push((async()=>{const buffer=await file.slice(start,end);const bloom=readBloomFilter({view:new DataView(buffer),offset:0});if(bloom)result[rgIdx][colName]=bloom})())}});if(tasks.length)await Promise.all(tasks);return result}async function prefetchPageIndexes({file,metadata,filter,filterStrict=true,rowStart=0,rowEnd=Infinity,columns,bloomFiltersByGroup,schemaElements,parsers}){const pageRangesByGroup=metadata.row_groups.map(()=>undefined);const pageLocationsByGroup=metadata.row_groups.map(()=>({}));if(filter&&"$nor"in filter&&Array.isArray(filter.$nor)){return{pageRangesByGroup,pageLocationsByGroup}}const filterColumns=pathsNeededForFilter(filter);if(!filterColumns.length)return{pageRangesByGroup,pageLocationsByGroup};const schemaTree=(0,src_metadata.YR)(metadata);const physicalColumns=(0,src_schema.fX)(schemaTree);const elementsByPath={...physicalSchemaElements(schemaTree),...schemaElements};const indexRanges=[];const indexTasks=[];const candidateGroups=[];let groupStart=0;metadata.row_groups.forEach((rowGroup,rgIdx)=>{const groupRows=Number(rowGroup.num_rows);const groupEnd=groupStart+groupRows;const overlaps=groupRows>0&&groupEnd>rowStart&&groupStart<rowEnd;groupStart=groupEnd;if(!overlaps)return;if(canSkipRowGroup({rowGroup,physicalColumns,filter,strict:filterStrict,bloomFilters:bloomFiltersByGroup?.[rgIdx],schemaElements:elementsByPath}))return;const columnPages={};let columnTaskCount=0;const scheduledOffsetPaths=new Set;let hasFilterIndex=false;for(const columnName of filterColumns){const columnIdx=physicalColumns.indexOf(columnName);if(columnIdx===-1)continue;const chunk=rowGroup.columns[columnIdx];const meta=chunk?.meta_data;if(!meta)continue;if(!chunk.column_index_offset||!chunk.column_index_length)continue;if(!chunk.offset_index_offset||!chunk.offset_index_length)continue;const element=elementsByPath[columnName];if(!element)continue;hasFilterIndex=true;scheduledOffsetPaths.add(columnName);const columnIndexStart=Number(chunk.column_index_offset);const offsetIndexStart=Number(chunk.offset_index_offset);const columnIndexEnd=columnIndexStart+chunk.column_index_length;const offsetIndexEnd=offsetIndexStart+chunk.offset_index_length;indexRanges.push({startByte:columnIndexStart,endByte:columnIndexEnd},{startByte:offsetIndexStart,endByte:offsetIndexEnd});columnTaskCount++;indexTasks.push(async prefetchedFile=>{const[columnIndexBuffer,offsetIndexBuffer]=await Promise.all([prefetchedFile.slice(columnIndexStart,columnIndexEnd),prefetchedFile.slice(offsetIndexStart,offsetIndexEnd)]);const columnIndex=readColumnIndex({view:new DataView(columnIndexBuffer),offset:0},element,parsers);const offsetIndex=readOffsetIndex({view:new DataView(offsetIndexBuffer),offset:0});pageLocationsByGroup[rgIdx][columnName]=offsetIndex.page_locations;columnPages[columnName]={minValues:columnIndex.min_values,maxValues:columnIndex.max_values,nullPages:columnIndex.null_pages,nullCounts:columnIndex.null_counts,pageStarts:offsetIndex.page_locations.map(page=>Number(page.first_row_index)),element}})}if(hasFilterIndex){for(const chunk of rowGroup.columns){const meta=chunk.meta_data;if(!meta)continue;const columnName=meta.path_in_schema[0];const columnPath=meta.path_in_schema.join(".");if(columns&&!columns.includes(columnName))continue;if(scheduledOffsetPaths.has(columnPath))continue;if(!chunk.offset_index_offset||!chunk.offset_index_length)continue;scheduledOffsetPaths.add(columnPath);const offsetIndexStart=Number(chunk.offset_index_offset);const offsetIndexEnd=offsetIndexStart+chunk.offset_index_length;indexRanges.push({startByte:offsetIndexStart,endByte:offsetIndexEnd});columnTaskCount++;indexTasks.push(async prefetchedFile=>{const offsetIndexBuffer=await prefetchedFile.slice(offsetIndexStart,offsetIndexEnd);const offsetIndex=readOffsetIndex({view:new DataView(offsetIndexBuffer),offset:0});pageLocationsByGroup[rgIdx][columnPath]=offsetIndex.page_locations})}}if(columnTaskCount){candidateGroups.push({rgIdx,groupRows,columnPages})}});if(indexTasks.length){const prefetchedFile=prefetchAsyncBuffer(file,{fetches:coalesceByteRanges(indexRanges)});await Promise.all(indexTasks.map(task=>task(prefetchedFile)));for(const{rgIdx,groupRows,columnPages}of candidateGroups){pageRangesByGroup[rgIdx]=filterPageRanges(filter,columnPages,groupRows,filterStrict)}}return{pageRangesByGroup,pageLocationsByGroup}}function coalesceByteRanges(ranges,maxGap=0,maxSize=Infinity){const sorted=ranges.map(range=>({...range})).sort((a,b)=>a.startByte-b.startByte||a.endByte-b.endByte);const merged=[];for(const range of sorted){const last=merged[merged.length-1];if(last&&range.startByte<=last.endByte+maxGap&&Math.max(last.endByte,range.endByte)-last.startByte<=maxSize){last.endByte=Math.max(last.endByte,range.endByte)}else{merged.push(range)}}return merged}function physicalSchemaElements(schemaTree){const elements={};function traverse(node){if(node.children.length){for(const child of node.children)traverse(child)}else{elements[node.path.join(".")]=node.element}}traverse(schemaTree);return elements}function prefetchAsyncBuffer(file,{fetches}){const promises=fetches.map(({startByte,endByte})=>file.slice(startByte,endByte));return{byteLength:file.byteLength,slice(start,end=file.byteLength){const index=fetches.findIndex(({startByte,endByte})=>startByte<=start&&end<=endByte);if(index<0){return file.slice(start,end)}if(fetches[index].startByte!==start||fetches[index].endByte!==end){const startOffset=start-fetches[index].startByte;const endOffset=end-fetches[index].startByte;if(promises[index]instanceof Promise){return promises[index].then(buffer=>buffer.slice(startOffset,endOffset))}else{return promises[index].slice(startOffset,endOffset)}}else{return promises[index]}}}};async function parquetScan(options){options.metadata??=await parquetMetadataAsync(options.file,options);const{pruningFilter,...readOptions}=options;let{columns}=readOptions;if(columns&&pruningFilter){const selectedColumns=new Set(columns);const extraColumns=columnsNeededForFilter(pruningFilter).filter(column=>!selectedColumns.has(column));if(extraColumns.length)columns=[...columns,...extraColumns]}const preparedOptions=await prepareParquetOptions({...readOptions,columns,filter:pruningFilter,useOffsetIndex:readOptions.useOffsetIndex??true});const{metadata}=preparedOptions;if(!metadata)throw new Error("parquet requires metadata");const schemaTree=parquetSchema(metadata);const availableColumns=new Set(columns??schemaTree.children.map(child=>child.element.name));const plan=parquetPlanGroups(preparedOptions);const candidates=plan.groups.flatMap(group=>group.ranges.map(([selectStart,selectEnd])=>({rowStart:group.groupStart+selectStart,rowEnd:group.groupStart+selectEnd,group})));const ranges=candidates.map(({rowStart,rowEnd})=>({rowStart,rowEnd}));const cache=new Map;function readColumn({column,rowStart,rowEnd}){if(!availableColumns.has(column)){throw new Error(`parquet column not found in scan: ${column}`)}validateRange(rowStart,rowEnd);if(rowStart===rowEnd)return Promise.resolve([]);const candidateIndex=findCandidate(candidates,rowStart,rowEnd);if(candidateIndex<0){throw new RangeError(`parquet row range [${rowStart}, ${rowEnd}) is outside scan ranges`)}const{group}=candidates[candidateIndex];const cached=cache.get(column);if(cached&&rowStart>=cached.rowStart&&rowEnd<=cached.rowEnd){return cached.data.then(data=>sliceDecodedArray(data,rowStart-cached.rowStart,rowEnd-cached.rowStart))}const data=readColumnRange({options:preparedOptions,schemaTree,group,column,rowStart,rowEnd});cache.set(column,{rowStart,rowEnd,data});return data}return{metadata,ranges,readColumn}}async function scan_prepareParquetRead(options){const prepared=await prepareParquetOptions(options);return{options:prepared,plan:plan_parquetPlan(prepared)}}async function prepareParquetOptions(options){const metadata=options.metadata??await (0,src_metadata.Ei)(options.file,options);const schemaColumns=(0,src_metadata.YR)(metadata).children.map(child=>child.element.name);const filterColumns=filter_columnsNeededForFilter(options.filter);const missingFilterColumns=filterColumns.filter(column=>!schemaColumns.includes(column));if(missingFilterColumns.length){throw new Error(`parquet filter columns not found: ${missingFilterColumns.join(", ")}`)}if(options.columns){const missingColumns=options.columns.filter(column=>!schemaColumns.includes(column));if(missingColumns.length)throw new Error(`parquet column not found: ${missingColumns[0]}`)}let prepared={...options,metadata};prepared=await withBloomFilters(prepared);prepared=await withPageIndexes(prepared);return prepared}function scan_readParquetPlan(options,plan){const readOptions={...options,file:prefetchAsyncBuffer(options.file,plan)};return plan.groups.map(group=>readRowGroup(readOptions,plan,group))}async function readColumnRange({options,schemaTree,group,column,rowStart,rowEnd}){const columnOptions={...options,columns:[column],filter:undefined,rowStart,rowEnd,useBloomFilters:false,useOffsetIndex:options.useOffsetIndex??true,usePageIndex:false,pageRangesByGroup:undefined};const columnPlan=planCandidateColumn({options,group,column,rowStart,rowEnd});const[asyncGroup]=scan_readParquetPlan(columnOptions,columnPlan);if(!asyncGroup)throw new Error("parquet scan range not planned");const assembled=assembleAsync(asyncGroup,schemaTree,options.parsers);const asyncColumn=assembled.asyncColumns.find(child=>child.pathInSchema[0]===column);if(!asyncColumn)throw new Error(`parquet column not found: ${column}`);const result=await asyncColumn.data;const data=flatten(result.data);const selectStart=assembled.selectStart??rowStart-assembled.groupStart;const selectEnd=assembled.selectEnd??rowEnd-assembled.groupStart;return sliceDecodedArray(data,selectStart-result.skipped,selectEnd-result.skipped)}function planCandidateColumn({options,group,column,rowStart,rowEnd}){if(!options.metadata)throw new Error("parquet requires metadata");const localPlan=parquetPlanGroup({rowGroup:group.rowGroup,groupStart:group.groupStart,groupRows:group.groupRows,ranges:[[rowStart-group.groupStart,rowEnd-group.groupStart]],columns:[column],useOffsetIndex:options.useOffsetIndex??true,pageLocations:group.pageLocations});const[localGroupPlan]=localPlan.groups;if(!localGroupPlan)throw new Error(`parquet column not found: ${column}`);return{metadata:options.metadata,rowStart,rowEnd,columns:[column],fetches:[...localPlan.fetches,...localPlan.indexes],groups:[localGroupPlan]}}function findCandidate(candidates,rowStart,rowEnd){let low=0;let high=candidates.length-1;while(low<=high){const middle=Math.floor((low+high)/2);const candidate=candidates[middle];if(rowStart<candidate.rowStart){high=middle-1}else if(rowStart>=candidate.rowEnd){low=middle+1}else{return rowEnd<=candidate.rowEnd?middle:-1}}return-1}function validateRange(rowStart,rowEnd){if(!Number.isSafeInteger(rowStart)||rowStart<0){throw new RangeError("parquet rowStart must be a non-negative safe integer")}if(!Number.isSafeInteger(rowEnd)||rowEnd<rowStart){throw new RangeError("parquet rowEnd must be a safe integer greater than or equal to rowStart")}}function sliceDecodedArray(data,start,end){if(start===0&&end===data.length)return data;return Array.isArray(data)?data.slice(start,end):data.subarray(start,end)}async function withBloomFilters(options){if(!options.useBloomFilters||!options.filter||!options.metadata)return options;const schemaTree=(0,src_metadata.YR)(options.metadata);const schemaElements={};for(const child of schemaTree.children)schemaElements[child.element.name]=child.element;const bloomFiltersByGroup=await prefetchBloomFilters({file:options.file,metadata:options.metadata,filter:options.filter,filterStrict:options.filterStrict});return{...options,bloomFiltersByGroup,schemaElements}}async function withPageIndexes(options){if(!options.usePageIndex||!options.filter||!options.metadata)return options;const{pageRangesByGroup,pageLocationsByGroup}=await prefetchPageIndexes({file:options.file,metadata:options.metadata,filter:options.filter,filterStrict:options.filterStrict,rowStart:options.rowStart,rowEnd:options.rowEnd,columns:options.columns,bloomFiltersByGroup:options.bloomFiltersByGroup,schemaElements:options.schemaElements,parsers:options.parsers});return{...options,pageRangesByGroup,pageLocationsByGroup}};const rowIndex=Symbol("rowIndex");async function parquetRead(options){options.metadata??=await (0,src_metadata.Ei)(options.file,options);const{rowStart=0,rowEnd,columns,onChunk,onComplete,rowFormat,filter,filterStrict=true}=options;if(filter&&rowFormat!=="object"){throw new Error('parquet filter requires rowFormat: "object"')}if(options.includeRowIndex&&rowFormat!=="object"){throw new Error('parquet includeRowIndex requires rowFormat: "object"')}const filterColumns=filter_columnsNeededForFilter(filter);let readColumns=columns;if(columns&&filterColumns.length){const selectedColumns=new Set(columns);const extraColumns=filterColumns.filter(column=>!selectedColumns.has(column));if(extraColumns.length)readColumns=[...columns,...extraColumns]}const readOptions=readColumns===columns?options:{...options,columns:readColumns};const prepared=await scan_prepareParquetRead(readOptions);const preparedOptions=prepared.options;const requiresProjection=readColumns!==columns;const asyncGroups=scan_readParquetPlan(preparedOptions,prepared.plan);if(!onComplete&&!onChunk){await awaitAllColumns(asyncGroups);return}if(!preparedOptions.metadata)throw new Error("parquet requires metadata");const schemaTree=(0,src_metadata.YR)(preparedOptions.metadata);const assembled=asyncGroups.map(arg=>rowgroup_assembleAsync(arg,schemaTree,options.parsers));if(onChunk){for(const asyncGroup of assembled){for(const asyncColumn of asyncGroup.asyncColumns){asyncColumn.data.then(({data,skipped})=>{let rowStart=asyncGroup.groupStart+skipped;for(const columnData of data){onChunk({columnName:asyncColumn.pathInSchema[0],columnData,rowStart,rowEnd:rowStart+columnData.length});rowStart+=columnData.length}},()=>{})}}}if(onComplete){await awaitAllColumns(assembled);const rows=[];for(const asyncGroup of assembled){const selectStart=asyncGroup.selectStart??Math.max(rowStart-asyncGroup.groupStart,0);const selectEnd=asyncGroup.selectEnd??Math.min((rowEnd??Infinity)-asyncGroup.groupStart,asyncGroup.groupRows);const groupData=rowFormat==="object"?await asyncGroupToRows(asyncGroup,selectStart,selectEnd,readColumns,"object"):await asyncGroupToRows(asyncGroup,selectStart,selectEnd,columns,"array");if(options.includeRowIndex){for(let i=0;i<groupData.length;i++){Object.defineProperty(groupData[i],rowIndex,{value:asyncGroup.groupStart+selectStart+i})}}if(filter){for(const row of groupData){if(matchFilter(row,filter,filterStrict)){if(requiresProjection&&columns){for(const col of filterColumns){if(!columns.includes(col))delete row[col]}}rows.push(row)}}}else{utils_concat(rows,groupData)}}onComplete(rows)}else{await awaitAllColumns(assembled)}}async function awaitAllColumns(asyncGroups){const all=asyncGroups.flatMap(g=>g.asyncColumns.map(c=>c.data));const results=await Promise.allSettled(all);const failed=results.find(r=>r.status==="rejected");if(failed)throw failed.reason}function parquetReadAsync(options){if(!options.metadata)throw new Error("parquet requires metadata");return readParquetPlan(options,parquetPlan(options))}async function parquetReadColumn(options){if(options.columns?.length!==1){throw new Error("parquetReadColumn expected columns: [columnName]")}options.metadata??=await parquetMetadataAsync(options.file,options);const column=options.columns[0];const prepared=await prepareParquetRead(options);const asyncGroups=readParquetPlan(prepared.options,prepared.plan);if(!prepared.options.metadata)throw new Error("parquet requires metadata");const schemaTree=parquetSchema(prepared.options.metadata);const assembled=asyncGroups.map(group=>assembleAsync(group,schemaTree,options.parsers));await awaitAllColumns(assembled);const columnData=[];for(const group of assembled){const asyncColumn=group.asyncColumns.find(candidate=>candidate.pathInSchema[0]===column);if(!asyncColumn)throw new Error(`parquet column not found: ${column}`);const{data}=await asyncColumn.data;for(const chunk of data)concat(columnData,chunk)}return columnData}function parquetReadObjects(options){return new Promise((onComplete,reject)=>{parquetRead({...options,rowFormat:"object",onComplete}).catch(reject)})}}),28286:((__unused_webpack___webpack_module__,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{Dy:()=>getSchemaPath,ES:()=>isMapLike,fX:()=>getPhysicalColumns,g7:()=>isFlatColumn,mM:()=>getMaxDefinitionLevel,qt:()=>getMaxRepetitionLevel,st:()=>getTreePath,wq:()=>isListLike});function schemaTree(schema,rootIndex,path){const element=schema[rootIndex];const children=[];let count=1;if(element.num_children){while(children.length<element.num_children){const childElement=schema[rootIndex+count];const child=schemaTree(schema,rootIndex+count,[...path,childElement.name]);count+=child.count;children.push(child)}}return{count,element,children,path}}function getSchemaPath(schema,name){return getTreePath(schemaTree(schema,0,[]),name)}function getTreePath(tree,name){const path=[tree];for(const part of name){const child=tree.children.find(child=>child.element.name===part);if(!child)throw new Error(`parquet schema element not found: ${name}`);path.push(child);tree=child}return path}function getPhysicalColumns(schemaTree){const columns=[];function traverse(node){if(node.children.length){for(const child of node.children){traverse(child)}}else{columns.push(node.path.join("."))}}traverse(schemaTree);return columns}function getMaxRepetitionLevel(schemaPath){let maxLevel=0;for(const{element}of schemaPath){if(element.repetition_type==="REPEATED"){maxLevel++}}return maxLevel}function getMaxDefinitionLevel(schemaPath){let maxLevel=0;for(const{element}of schemaPath.slice(1)){if(element.repetition_type!=="REQUIRED"){maxLevel++}}return maxLevel}function isListLike(schema){if(!schema)return false;if(schema.element.converted_type!=="LIST")return false;if(schema.children.length>1)return false;const firstChild=schema.children[0];if(firstChild.children.length>1)return false;if(firstChild.element.repetition_type!=="REPEATED")return false;return true}function isMapLike(schema){if(!schema)return false;if(schema.element.converted_type!=="MAP")return false;if(schema.children.length>1)return false;const firstChild=schema.children[0];if(firstChild.children.length!==2)return false;if(firstChild.element.repetition_type!=="REPEATED")return false;const keyChild=firstChild.children.find(child=>child.element.name==="key");if(keyChild?.element.repetition_type==="REPEATED")return false;const valueChild=firstChild.children.find(child=>child.element.name==="value");if(valueChild?.element.repetition_type==="REPEATED")return false;return true}function isFlatColumn(schemaPath){if(schemaPath.length!==2)return false;const[,column]=schemaPath;if(column.element.repetition_type==="REPEATED")return false;if(column.children.length)return false;return true}}),52558:((__unused_webpack___webpack_module__,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{GD:()=>readZigZagBigInt,Tn:()=>deserializeTCompactProtocol,fN:()=>readZigZag,pT:()=>readVarInt});const STOP=0;const TRUE=1;const FALSE=2;const BYTE=3;const I16=4;const I32=5;const I64=6;const DOUBLE=7;const BINARY=8;const LIST=9;const STRUCT=12;function deserializeTCompactProtocol(reader){const value={};let fid=0;while(true){if(reader.offset>=reader.view.byteLength)throw new Error("thrift struct ended without STOP");const byte=reader.view.getUint8(reader.offset++);const type=byte&15;if(type===STOP)break;const delta=byte>>4;fid=delta?fid+delta:readZigZag(reader);value[`field_${fid}`]=readElement(reader,type)}return value}function readElement(reader,type){switch(type){case TRUE:return true;case FALSE:return false;case BYTE:return reader.view.getInt8(reader.offset++);case I16:case I32:return readZigZag(reader);case I64:return readZigZagBigInt(reader);case DOUBLE:{const value=reader.view.getFloat64(reader.offset,true);reader.offset+=8;return value}case BINARY:{const stringLength=readVarInt(reader);if(reader.offset+stringLength>reader.view.byteLength){throw new Error(`thrift binary length ${stringLength} exceeds remaining ${reader.view.byteLength-reader.offset} bytes`)}const strBytes=new Uint8Array(reader.view.buffer,reader.view.byteOffset+reader.offset,stringLength);reader.offset+=stringLength;return strBytes}case LIST:{const byte=reader.view.getUint8(reader.offset++);const elemType=byte&15;let listSize=byte>>4;if(listSize===15){listSize=readVarInt(reader)}const boolType=elemType===TRUE||elemType===FALSE;const values=new Array(listSize);for(let i=0;i<listSize;i++){values[i]=boolType?readElement(reader,BYTE)===1:readElement(reader,elemType)}return values}case STRUCT:return deserializeTCompactProtocol(reader);default:throw new Error(`thrift unhandled type: ${type}`)}}function readVarInt(reader){let result=0;let shift=0;while(true){const byte=reader.view.getUint8(reader.offset++);result|=(byte&127)<<shift;if(!(byte&128)){return result}shift+=7}}function readVarBigInt(reader){let result=0n;let shift=0n;while(true){const byte=reader.view.getUint8(reader.offset++);result|=BigInt(byte&127)<<shift;if(!(byte&128)){return result}shift+=7n}}function readZigZag(reader){const zigzag=readVarInt(reader);return zigzag>>>1^-(zigzag&1)}function readZigZagBigInt(reader){const zigzag=readVarBigInt(reader);return zigzag>>1n^-(zigzag&1n)}}),947:(module=>{module.exports=JSON.parse('{"$id":"https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#","description":"Meta-schema for $data reference (JSON AnySchema extension proposal)","type":"object","required":["$data"],"properties":{"$data":{"type":"string","anyOf":[{"format":"relative-json-pointer"},{"format":"json-pointer"}]}},"additionalProperties":false}')}),42698:(module=>{module.exports=JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://json-schema.org/draft/2020-12/meta/applicator","$vocabulary":{"https://json-schema.org/draft/2020-12/vocab/applicator":true},"$dynamicAnchor":"meta","title":"Applicator vocabulary meta-schema","type":["object","boolean"],"properties":{"prefixItems":{"$ref":"#/$defs/schemaArray"},"items":{"$dynamicRef":"#meta"},"contains":{"$dynamicRef":"#meta"},"additionalProperties":{"$dynamicRef":"#meta"},"properties":{"type":"object","additionalProperties":{"$dynamicRef":"#meta"},"default":{}},"patternProperties":{"type":"object","additionalProperties":{"$dynamicRef":"#meta"},"propertyNames":{"format":"regex"},"default":{}},"dependentSchemas":{"type":"object","additionalProperties":{"$dynamicRef":"#meta"},"default":{}},"propertyNames":{"$dynamicRef":"#meta"},"if":{"$dynamicRef":"#meta"},"then":{"$dynamicRef":"#meta"},"else":{"$dynamicRef":"#meta"},"allOf":{"$ref":"#/$defs/schemaArray"},"anyOf":{"$ref":"#/$defs/schemaArray"},"oneOf":{"$ref":"#/$defs/schemaArray"},"not":{"$dynamicRef":"#meta"}},"$defs":{"schemaArray":{"type":"array","minItems":1,"items":{"$dynamicRef":"#meta"}}}}')}),98108:(module=>{module.exports=JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://json-schema.org/draft/2020-12/meta/content","$vocabulary":{"https://json-schema.org/draft/2020-12/vocab/content":true},"$dynamicAnchor":"meta","title":"Content vocabulary meta-schema","type":["object","boolean"],"properties":{"contentEncoding":{"type":"string"},"contentMediaType":{"type":"string"},"contentSchema":{"$dynamicRef":"#meta"}}}')}),1344:(module=>{module.exports=JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://json-schema.org/draft/2020-12/meta/core","$vocabulary":{"https://json-schema.org/draft/2020-12/vocab/core":true},"$dynamicAnchor":"meta","title":"Core vocabulary meta-schema","type":["object","boolean"],"properties":{"$id":{"$ref":"#/$defs/uriReferenceString","$comment":"Non-empty fragments not allowed.","pattern":"^[^#]*#?$"},"$schema":{"$ref":"#/$defs/uriString"},"$ref":{"$ref":"#/$defs/uriReferenceString"},"$anchor":{"$ref":"#/$defs/anchorString"},"$dynamicRef":{"$ref":"#/$defs/uriReferenceString"},"$dynamicAnchor":{"$ref":"#/$defs/anchorString"},"$vocabulary":{"type":"object","propertyNames":{"$ref":"#/$defs/uriString"},"additionalProperties":{"type":"boolean"}},"$comment":{"type":"string"},"$defs":{"type":"object","additionalProperties":{"$dynamicRef":"#meta"}}},"$defs":{"anchorString":{"type":"string","pattern":"^[A-Za-z_][-A-Za-z0-9._]*$"},"uriString":{"type":"string","format":"uri"},"uriReferenceString":{"type":"string","format":"uri-reference"}}}')}),29638:(module=>{module.exports=JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://json-schema.org/draft/2020-12/meta/format-annotation","$vocabulary":{"https://json-schema.org/draft/2020-12/vocab/format-annotation":true},"$dynamicAnchor":"meta","title":"Format vocabulary meta-schema for annotation results","type":["object","boolean"],"properties":{"format":{"type":"string"}}}')}),55213:(module=>{module.exports=JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://json-schema.org/draft/2020-12/meta/meta-data","$vocabulary":{"https://json-schema.org/draft/2020-12/vocab/meta-data":true},"$dynamicAnchor":"meta","title":"Meta-data vocabulary meta-schema","type":["object","boolean"],"properties":{"title":{"type":"string"},"description":{"type":"string"},"default":true,"deprecated":{"type":"boolean","default":false},"readOnly":{"type":"boolean","default":false},"writeOnly":{"type":"boolean","default":false},"examples":{"type":"array","items":true}}}')}),43349:(module=>{module.exports=JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://json-schema.org/draft/2020-12/meta/unevaluated","$vocabulary":{"https://json-schema.org/draft/2020-12/vocab/unevaluated":true},"$dynamicAnchor":"meta","title":"Unevaluated applicator vocabulary meta-schema","type":["object","boolean"],"properties":{"unevaluatedItems":{"$dynamicRef":"#meta"},"unevaluatedProperties":{"$dynamicRef":"#meta"}}}')}),57284:(module=>{module.exports=JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://json-schema.org/draft/2020-12/meta/validation","$vocabulary":{"https://json-schema.org/draft/2020-12/vocab/validation":true},"$dynamicAnchor":"meta","title":"Validation vocabulary meta-schema","type":["object","boolean"],"properties":{"type":{"anyOf":[{"$ref":"#/$defs/simpleTypes"},{"type":"array","items":{"$ref":"#/$defs/simpleTypes"},"minItems":1,"uniqueItems":true}]},"const":true,"enum":{"type":"array","items":true},"multipleOf":{"type":"number","exclusiveMinimum":0},"maximum":{"type":"number"},"exclusiveMaximum":{"type":"number"},"minimum":{"type":"number"},"exclusiveMinimum":{"type":"number"},"maxLength":{"$ref":"#/$defs/nonNegativeInteger"},"minLength":{"$ref":"#/$defs/nonNegativeIntegerDefault0"},"pattern":{"type":"string","format":"regex"},"maxItems":{"$ref":"#/$defs/nonNegativeInteger"},"minItems":{"$ref":"#/$defs/nonNegativeIntegerDefault0"},"uniqueItems":{"type":"boolean","default":false},"maxContains":{"$ref":"#/$defs/nonNegativeInteger"},"minContains":{"$ref":"#/$defs/nonNegativeInteger","default":1},"maxProperties":{"$ref":"#/$defs/nonNegativeInteger"},"minProperties":{"$ref":"#/$defs/nonNegativeIntegerDefault0"},"required":{"$ref":"#/$defs/stringArray"},"dependentRequired":{"type":"object","additionalProperties":{"$ref":"#/$defs/stringArray"}}},"$defs":{"nonNegativeInteger":{"type":"integer","minimum":0},"nonNegativeIntegerDefault0":{"$ref":"#/$defs/nonNegativeInteger","default":0},"simpleTypes":{"enum":["array","boolean","integer","null","number","object","string"]},"stringArray":{"type":"array","items":{"type":"string"},"uniqueItems":true,"default":[]}}}')}),21900:(module=>{module.exports=JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://json-schema.org/draft/2020-12/schema","$vocabulary":{"https://json-schema.org/draft/2020-12/vocab/core":true,"https://json-schema.org/draft/2020-12/vocab/applicator":true,"https://json-schema.org/draft/2020-12/vocab/unevaluated":true,"https://json-schema.org/draft/2020-12/vocab/validation":true,"https://json-schema.org/draft/2020-12/vocab/meta-data":true,"https://json-schema.org/draft/2020-12/vocab/format-annotation":true,"https://json-schema.org/draft/2020-12/vocab/content":true},"$dynamicAnchor":"meta","title":"Core and Validation specifications meta-schema","allOf":[{"$ref":"meta/core"},{"$ref":"meta/applicator"},{"$ref":"meta/unevaluated"},{"$ref":"meta/validation"},{"$ref":"meta/meta-data"},{"$ref":"meta/format-annotation"},{"$ref":"meta/content"}],"type":["object","boolean"],"$comment":"This meta-schema also defines keywords that have appeared in previous drafts in order to prevent incompatible extensions as they remain in common use.","properties":{"definitions":{"$comment":"\\"definitions\\" has been replaced by \\"$defs\\".","type":"object","additionalProperties":{"$dynamicRef":"#meta"},"deprecated":true,"default":{}},"dependencies":{"$comment":"\\"dependencies\\" has been split and replaced by \\"dependentSchemas\\" and \\"dependentRequired\\" in order to serve their differing semantics.","type":"object","additionalProperties":{"anyOf":[{"$dynamicRef":"#meta"},{"$ref":"meta/validation#/$defs/stringArray"}]},"deprecated":true,"default":{}},"$recursiveAnchor":{"$comment":"\\"$recursiveAnchor\\" has been replaced by \\"$dynamicAnchor\\".","$ref":"meta/core#/$defs/anchorString","deprecated":true},"$recursiveRef":{"$comment":"\\"$recursiveRef\\" has been replaced by \\"$dynamicRef\\".","$ref":"meta/core#/$defs/uriReferenceString","deprecated":true}}}')})};